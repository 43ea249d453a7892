#!/usr/bin/env python3
"""A fake OpenAI-compatible chat-completions server for bench/llm.sh.

POST /v1/chat/completions answers a schema-valid extraction (application /
update, no names) and counts calls and tokens (characters / 4, as jobtrack
estimates them). GET /stats returns the counts as JSON. Every prompt is
appended to PROMPTS_FILE (one JSON string per line) so the bench can check
what left the machine.

Usage: fake_llm.py PORT PROMPTS_FILE
"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATS = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "max_prompt_tokens": 0}
ANSWER = json.dumps({
    "label": "application", "event_type": "update", "company_name": None,
    "role_title": None, "location": None, "confidence": 0.7,
})


def tokens(s):
    return (len(s) + 3) // 4


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        with LOCK:
            body = json.dumps(STATS).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        req = json.loads(self.rfile.read(n))
        text = "".join(m["content"] for m in req["messages"])
        t_in, t_out = tokens(text), tokens(ANSWER)
        with LOCK:
            STATS["calls"] += 1
            STATS["prompt_tokens"] += t_in
            STATS["completion_tokens"] += t_out
            STATS["max_prompt_tokens"] = max(STATS["max_prompt_tokens"], t_in)
            with open(sys.argv[2], "a") as f:
                f.write(json.dumps(text) + "\n")
        body = json.dumps({
            "id": "fake", "object": "chat.completion", "model": req.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": t_in, "completion_tokens": t_out, "total_tokens": t_in + t_out},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
