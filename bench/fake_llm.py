#!/usr/bin/env python3
"""A fake OpenAI-compatible chat-completions server for bench/llm.sh.

POST /v1/chat/completions answers a schema-valid extraction (application /
update, no names) and counts calls and tokens (characters / 4, as jobtrack
estimates them). GET /stats returns the counts as JSON. Every prompt is
appended to PROMPTS_FILE (one JSON string per line) so the bench can check
what left the machine.

With TRUTH_FILE (JSON lines: subject as the prompt shows it, label,
event_type, company, role) it is an oracle: it answers the truth for a
prompt whose subject it knows (bench/llm_learning.sh), else the generic answer.

Usage: fake_llm.py PORT PROMPTS_FILE [TRUTH_FILE]
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


TRUTH = {}
if len(sys.argv) > 3:
    for line in open(sys.argv[3]):
        t = json.loads(line)
        TRUTH.setdefault(t["subject"], t)


def answer_for(user):
    subject = ""
    for line in user.splitlines():
        if line.startswith("Subject: "):
            subject = line[len("Subject: "):]
            break
    t = TRUTH.get(subject)
    if t is None:
        return ANSWER
    return json.dumps({
        "label": t["label"], "event_type": t["event_type"] if t["label"] == "application" else None,
        "company_name": t["company"], "role_title": t["role"], "location": None, "confidence": 0.9,
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
        user = next((m["content"] for m in req["messages"] if m["role"] == "user"), "")
        content = answer_for(user)
        t_in, t_out = tokens(text), tokens(content)
        with LOCK:
            STATS["calls"] += 1
            STATS["prompt_tokens"] += t_in
            STATS["completion_tokens"] += t_out
            STATS["max_prompt_tokens"] = max(STATS["max_prompt_tokens"], t_in)
            with open(sys.argv[2], "a") as f:
                f.write(json.dumps(text) + "\n")
        body = json.dumps({
            "id": "fake", "object": "chat.completion", "model": req.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": t_in, "completion_tokens": t_out, "total_tokens": t_in + t_out},
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
