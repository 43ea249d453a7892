// jobtrack dashboard: renders window.JOBTRACK (written to data.js by the
// pipeline) with the DOM API only. Every value from an email is set with
// textContent or as an attribute value, never parsed as HTML. Nothing is
// fetched: the page works from file:// with no network.
"use strict";
(function () {
  const data = window.JOBTRACK || { applications: [], events: {} };
  const apps = data.applications || [];
  const events = data.events || {};
  const STATUSES = ["applied", "assessment", "interview", "offer", "rejected", "withdrawn"];
  const state = { sort: "application_date", dir: -1, q: "", status: "", source: "", since: "", until: "" };
  const pending = [];

  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  const svgEl = (tag, attrs) => {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  };
  const day = (ts) => (ts ? String(ts).slice(0, 10) : "");
  const safeUrl = (u) => (typeof u === "string" && /^(https?:|mid:)/i.test(u) ? u : null);

  function filtered() {
    const q = state.q.toLowerCase();
    return apps.filter((a) => {
      if (state.status && a.current_status !== state.status) return false;
      if (state.source && a.source !== state.source) return false;
      if (state.since && (a.application_date || "") < state.since) return false;
      if (state.until && (a.application_date || "") > state.until) return false;
      if (q) {
        const hay = [a.company_name, a.role_title, a.location, a.source, a.current_status].join(" ").toLowerCase();
        if (!hay.includes(q)) return false;
      }
      return true;
    }).sort((x, y) => {
      const a = x[state.sort], b = y[state.sort];
      if (a === b) return String(x.application_id).localeCompare(String(y.application_id));
      if (a === null || a === undefined) return 1;
      if (b === null || b === undefined) return -1;
      return (typeof a === "number" ? a - b : String(a).localeCompare(String(b))) * state.dir;
    });
  }

  function renderTable() {
    const tbody = document.querySelector("#apps tbody");
    const rows = filtered();
    tbody.replaceChildren(...rows.map((a) => el("tr", {
      "data-application-id": a.application_id,
      class: a.needs_review ? "review" : null,
      onclick: (ev) => { if (!ev.target.closest("button, input, select")) openTimeline(a.application_id); },
    },
      el("td", {}, a.company_name || "(unknown)"),
      el("td", {}, a.role_title || ""),
      el("td", {}, a.location || ""),
      el("td", {}, a.source || ""),
      el("td", {}, a.application_date || ""),
      el("td", {}, el("span", { class: "status status-" + a.current_status }, a.current_status), a.stalled ? " (stalled)" : ""),
      el("td", {}, day(a.last_activity_at)),
      el("td", {}, a.email_count),
      el("td", {}, a.confidence_score === null ? "" : a.confidence_score.toFixed(2)),
      el("td", {}, el("button", { type: "button", class: "edit-button", onclick: () => editRow(a) }, "Edit")),
    )));
    $("count").textContent = rows.length + " of " + apps.length + " applications";
    document.querySelectorAll("#apps th[data-key]").forEach((th) => {
      th.classList.toggle("sorted-asc", th.dataset.key === state.sort && state.dir === 1);
      th.classList.toggle("sorted-desc", th.dataset.key === state.sort && state.dir === -1);
    });
  }

  function openTimeline(id) {
    const a = apps.find((x) => x.application_id === id);
    if (!a) return;
    $("timeline").hidden = false;
    $("timeline").dataset.applicationId = id;
    $("timeline-title").textContent = (a.company_name || "(unknown)") + " — " + (a.role_title || "(role unknown)");
    const meta = [a.current_status, a.source, a.location].filter(Boolean).join(" · ");
    const link = safeUrl(a.job_posting_url);
    $("timeline-meta").replaceChildren(meta, link ? " · " : "", link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, "posting") : "");
    $("timeline-events").replaceChildren(...(events[id] || []).map((e) => {
      const href = safeUrl(e.link);
      return el("li", { "data-email-id": e.email_id },
        el("div", { class: "when" }, (e.event_timestamp || "").replace("T", " ").replace("Z", " UTC"), " · ", e.event_type || "update"),
        el("div", {}, e.summary_text || ""),
        el("div", { class: "when" }, e.from_address || ""),
        href ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, "open email") : null,
        " ",
        el("button", { type: "button", onclick: () => addCorrection({ action: "not_job", email_id: e.email_id }) }, "Not about a job"),
      );
    }));
  }

  function editRow(a) {
    const tr = document.querySelector('tr[data-application-id="' + CSS.escape(a.application_id) + '"]');
    if (!tr) return;
    const company = el("input", { value: a.company_name || "", name: "company_name" });
    const role = el("input", { value: a.role_title || "", name: "role_title" });
    const status = el("select", { name: "current_status" }, ...STATUSES.map((s) => el("option", { value: s, selected: s === a.current_status }, s)));
    const save = el("button", { type: "button", onclick: () => {
      const fields = { company_name: company.value.trim(), role_title: role.value.trim(), current_status: status.value };
      for (const [field, value] of Object.entries(fields)) {
        if (value && value !== (a[field] || "")) {
          addCorrection({ action: "set", application_id: a.application_id, field, value });
          a[field] = value;
        }
      }
      renderAll();
    } }, "Save");
    tr.replaceChildren(el("td", { class: "edit" }, company), el("td", { class: "edit" }, role), el("td", { colspan: 3 }),
      el("td", { class: "edit" }, status), el("td", { colspan: 3 }), el("td", {}, save));
  }

  function addCorrection(c) {
    pending.push(Object.assign({ created_at: new Date().toISOString() }, c));
    $("corrections-bar").hidden = false;
    $("corrections-count").textContent = pending.length + " correction(s) not yet imported.";
  }

  function downloadCorrections() {
    const blob = new Blob([pending.map((c) => JSON.stringify(c)).join("\n") + "\n"], { type: "application/x-ndjson" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "jobtrack-corrections.jsonl" });
    document.body.append(a);
    a.click();
    a.remove();
  }

  function barChart(svg, bars, format) {
    const w = 360, h = 220, pad = 28, max = Math.max(1, ...bars.map((b) => b.value));
    const bw = (w - pad) / Math.max(1, bars.length);
    svg.setAttribute("viewBox", "0 0 " + w + " " + h);
    svg.replaceChildren(...bars.flatMap((b, i) => {
      const bh = (h - 2 * pad) * (b.value / max);
      const x = pad + i * bw + 2, y = h - pad - bh;
      const rect = svgEl("rect", { x, y, width: Math.max(1, bw - 4), height: bh });
      const title = svgEl("title", {});
      title.textContent = b.label + ": " + format(b.value);
      rect.append(title);
      const value = svgEl("text", { x: x + 1, y: y - 3 });
      value.textContent = format(b.value);
      const label = svgEl("text", { x: x + 1, y: h - pad + 12 });
      label.textContent = b.label.length > 10 ? b.label.slice(0, 9) + "…" : b.label;
      return [rect, value, label];
    }));
  }

  function renderCharts() {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    apps.forEach((a) => { counts[a.current_status] = (counts[a.current_status] || 0) + 1; });
    barChart($("chart-funnel"), STATUSES.map((s) => ({ label: s, value: counts[s] })), String);
    const weeks = {};
    apps.forEach((a) => {
      if (!a.application_date) return;
      const d = new Date(a.application_date + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      const k = d.toISOString().slice(0, 10);
      weeks[k] = (weeks[k] || 0) + 1;
    });
    barChart($("chart-weeks"), Object.keys(weeks).sort().slice(-26).map((k) => ({ label: k.slice(5), value: weeks[k] })), String);
    const bySource = {};
    apps.forEach((a) => {
      const s = (bySource[a.source] = bySource[a.source] || { n: 0, r: 0 });
      s.n += 1;
      if (a.first_response_at) s.r += 1;
    });
    barChart($("chart-sources"), Object.keys(bySource).sort().map((k) => ({ label: k, value: bySource[k].r / bySource[k].n })),
      (v) => Math.round(v * 100) + "%");
    // Days from applying to the first answer, the median per source.
    const waits = {};
    apps.forEach((a) => {
      if (!a.first_response_at || !a.application_date) return;
      const d = (Date.parse(a.first_response_at) - Date.parse(a.application_date + "T00:00:00Z")) / 86400000;
      if (d >= 0) (waits[a.source] = waits[a.source] || []).push(d);
    });
    const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const k = s.length >> 1; return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2; };
    barChart($("chart-response-days"), Object.keys(waits).sort().map((k) => ({ label: k, value: median(waits[k]) })),
      (v) => Math.round(v) + " d");
    renderSankey();
  }

  // The funnel as a Sankey: every application flows from "Applied" to the
  // furthest step it reached (screened: an assessment; interviewed; an
  // offer), by its events and its status, and leaves at that step to its
  // outcome: rejected, withdrawn, no answer (stalled) or still waiting.
  // Offers end at "Offer". Each band carries its counts as data-* so the
  // dashboard test can add them up against the warehouse.
  const STEPS = ["Applied", "Screened", "Interviewed", "Offer"];
  const RANK = { applied: 0, assessment: 1, interview: 2, offer: 3 };
  const OUTCOMES = [["rejected", "Rejected"], ["withdrawn", "Withdrawn"], ["stalled", "No answer"], ["waiting", "Waiting"]];

  function sankeyModel() {
    const reach = STEPS.map(() => 0);
    const leave = STEPS.map(() => ({ rejected: 0, withdrawn: 0, stalled: 0, waiting: 0 }));
    let offers = 0;
    for (const a of apps) {
      let r = RANK[a.current_status] || 0;
      for (const e of events[a.application_id] || []) r = Math.max(r, RANK[e.event_type] || 0);
      for (let i = 0; i <= r; i++) reach[i] += 1;
      const s = a.current_status;
      if (s === "offer") offers += 1;
      else leave[r][s === "rejected" || s === "withdrawn" ? s : a.stalled ? "stalled" : "waiting"] += 1;
    }
    // Column c holds step c on top, then the outcomes of step c - 1.
    const columns = STEPS.concat([""]).map(() => []);
    const flows = [];
    STEPS.forEach((step, i) => {
      if (reach[i]) columns[i].unshift({ label: step, value: reach[i], step: true, out: 0, in: 0 });
    });
    STEPS.forEach((step, i) => {
      if (i + 1 < STEPS.length && reach[i + 1]) flows.push({ from: step, to: STEPS[i + 1], col: i, outcome: "step", value: reach[i + 1] });
      for (const [k, label] of OUTCOMES) {
        if (!leave[i][k]) continue;
        columns[i + 1].push({ label, value: leave[i][k], outcome: k, out: 0, in: 0 });
        flows.push({ from: step, to: label, col: i, outcome: k, value: leave[i][k] });
      }
    });
    return { columns, flows, offers };
  }

  function renderSankey() {
    const svg = $("chart-sankey");
    const W = 760, H = 300, nodeW = 10, gap = 10, colW = (W - 110) / 4;
    const m = sankeyModel();
    const total = Math.max(1, apps.length);
    const maxNodes = Math.max(1, ...m.columns.map((c) => c.length));
    const scale = (H - 20 - gap * (maxNodes - 1)) / total;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    const parts = [];
    m.columns.forEach((col, c) => {
      let y = 10;
      for (const n of col) {
        n.x = 10 + c * colW;
        n.y = y;
        n.h = Math.max(1, n.value * scale);
        y += n.h + gap;
      }
    });
    const find = (col, label) => m.columns[col].find((n) => n.label === label);
    for (const f of m.flows) {
      const a = find(f.col, f.from), b = find(f.col + 1, f.to);
      const h = f.value * scale;
      const x0 = a.x + nodeW, y0 = a.y + a.out, x1 = b.x, y1 = b.y + b.in, xm = (x0 + x1) / 2;
      a.out += h;
      b.in += h;
      const path = svgEl("path", {
        d: "M" + x0 + " " + y0 + " C" + xm + " " + y0 + " " + xm + " " + y1 + " " + x1 + " " + y1 +
          " L" + x1 + " " + (y1 + h) + " C" + xm + " " + (y1 + h) + " " + xm + " " + (y0 + h) + " " + x0 + " " + (y0 + h) + " Z",
        class: "flow flow-" + f.outcome, "data-from": f.from, "data-to": f.to, "data-outcome": f.outcome, "data-value": f.value,
      });
      const title = svgEl("title", {});
      title.textContent = f.from + " → " + f.to + ": " + f.value;
      path.append(title);
      parts.push(path);
    }
    m.columns.forEach((col) => {
      for (const n of col) {
        const rect = svgEl("rect", { x: n.x, y: n.y, width: nodeW, height: n.h, class: n.step ? "node" : "node node-" + n.outcome });
        if (n.label === "Offer") rect.setAttribute("data-ends", String(m.offers));
        const text = svgEl("text", { x: n.x + nodeW + 4, y: n.y + Math.min(n.h, 24) / 2 + 4 });
        text.textContent = n.label + " " + n.value;
        parts.push(rect, text);
      }
    });
    svg.replaceChildren(...parts);
  }

  function renderLists() {
    const item = (a) => el("li", { "data-application-id": a.application_id },
      el("a", { href: "#applications", onclick: () => openTimeline(a.application_id) },
        (a.company_name || "(unknown)") + " — " + (a.role_title || "(role unknown)")),
      " · " + a.current_status + " · last mail " + day(a.last_activity_at));
    $("review-list").replaceChildren(...apps.filter((a) => a.needs_review).map(item));
    $("near-list").replaceChildren(...(data.near_threshold || []).map((e) => el("li", { "data-email-id": e.email_id },
      (e.subject || "(no subject)") + " · " + (e.from_address || "") + " · " + (e.received || "") + " · read as ",
      el("strong", {}, e.label), e.company_name ? " (" + e.company_name + ")" : "", " ",
      e.label === "not_job" ? null
        : el("button", { type: "button", onclick: () => addCorrection({ action: "not_job", email_id: e.email_id }) }, "Not about a job"))));
    $("stalled-list").replaceChildren(...apps.filter((a) => a.stalled).map(item));
    $("stalled-note").textContent = "(no mail for " + (data.stalled_days || 21) + " days)";
  }

  function renderAll() { renderTable(); renderCharts(); renderLists(); }

  function init() {
    $("meta").textContent = apps.length + " applications · user " + (data.user_id || "") + " · updated " + (data.generated_at || "");
    for (const s of STATUSES) $("status").append(el("option", { value: s }, s));
    for (const s of [...new Set(apps.map((a) => a.source))].sort()) $("source").append(el("option", { value: s }, s));
    for (const id of ["q", "status", "source", "since", "until"]) {
      $(id).addEventListener("input", () => { state[id] = $(id).value; renderTable(); });
    }
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    document.querySelectorAll("#apps th[data-key]").forEach((th) => th.addEventListener("click", () => {
      if (state.sort === th.dataset.key) state.dir = -state.dir; else { state.sort = th.dataset.key; state.dir = 1; }
      renderTable();
    }));
    $("close-timeline").addEventListener("click", () => { $("timeline").hidden = true; });
    $("download-corrections").addEventListener("click", downloadCorrections);
    renderAll();
    document.body.dataset.ready = "true";
  }

  window.jobtrack = { state, renderTable, openTimeline, filtered, pending };
  init();
})();
