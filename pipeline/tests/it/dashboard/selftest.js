// Loaded last by the dashboard test: drives the page like a person (sort,
// filter, search, open timelines) and writes what it saw into
// <pre id="selftest-result"> for the test to read from the dumped DOM.
(function () {
  const r = { errors: window.__errors, checks: {} };
  const c = r.checks;
  try {
    const data = window.JOBTRACK;
    const rows = () => [...document.querySelectorAll("#apps tbody tr[data-application-id]")];
    const input = (id, v) => { const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event("input")); };
    c.ready = document.body.dataset.ready === "true";
    c.rows = rows().length;
    c.row_ids = rows().map((tr) => tr.dataset.applicationId).sort();
    c.apps = data.applications.length;
    const th = document.querySelector('th[data-key="company_name"]');
    th.click();
    const asc = rows().map((tr) => tr.cells[0].textContent);
    c.sorted_asc = JSON.stringify(asc) === JSON.stringify([...asc].sort((a, b) => a.localeCompare(b)));
    th.click();
    const desc = rows().map((tr) => tr.cells[0].textContent);
    c.sorted_desc = JSON.stringify(desc) === JSON.stringify([...asc].sort((a, b) => b.localeCompare(a)));
    input("status", "rejected");
    c.filtered = rows().length;
    c.filtered_expected = data.applications.filter((a) => a.current_status === "rejected").length;
    c.filtered_all_match = rows().every((tr) => tr.querySelector(".status").textContent === "rejected");
    input("status", "");
    input("q", "hooli");
    c.search = rows().map((tr) => tr.cells[0].textContent);
    input("q", "");
    input("since", "2099-01-01");
    c.since_future = rows().length;
    input("since", "");
    const first = rows()[0];
    first.cells[1].click();
    c.timeline_open = !document.getElementById("timeline").hidden;
    c.timeline_events = document.querySelectorAll("#timeline-events li").length;
    c.timeline_expected = (data.events[first.dataset.applicationId] || []).length;
    c.timeline_links = [...document.querySelectorAll("#timeline-events a")].map((a) => a.getAttribute("href"));
    // Every hostile summary shows as text, and adds no element.
    c.hostile = [];
    for (const [id, evs] of Object.entries(data.events)) {
      for (const e of evs) {
        if (/[<>]/.test(e.summary_text || "")) {
          window.jobtrack.openTimeline(id);
          const box = document.getElementById("timeline-events");
          c.hostile.push({
            text: e.summary_text,
            shown: box.textContent.includes(e.summary_text),
            injected: box.querySelectorAll("script, img, svg, iframe").length,
          });
        }
      }
    }
    c.scripts = document.scripts.length;
    c.alerts = window.__alerts;
    c.remote_resources = performance.getEntriesByType("resource").map((e) => e.name).filter((n) => !n.startsWith("file:"));
    c.charts = ["chart-funnel", "chart-weeks", "chart-sources"].map((id) => document.getElementById(id).querySelectorAll("rect").length);
    c.near = document.querySelectorAll("#near-list li[data-email-id]").length;
    c.near_expected = (data.near_threshold || []).length;
    c.response_days = document.getElementById("chart-response-days").querySelectorAll("rect").length;
    // The Sankey's bands, added up: the test checks them against the warehouse.
    const flows = [...document.querySelectorAll("#chart-sankey path[data-value]")].map((p) => ({
      from: p.dataset.from, to: p.dataset.to, outcome: p.dataset.outcome, value: Number(p.dataset.value) }));
    const sum = (f) => flows.filter(f).reduce((t, x) => t + x.value, 0);
    const offer = document.querySelector("#chart-sankey rect[data-ends]");
    c.sankey = {
      flows: flows.length,
      from_applied: sum((f) => f.from === "Applied"),
      rejected: sum((f) => f.outcome === "rejected"),
      withdrawn: sum((f) => f.outcome === "withdrawn"),
      stalled: sum((f) => f.outcome === "stalled"),
      waiting: sum((f) => f.outcome === "waiting"),
      offers: sum((f) => f.to === "Offer") - sum((f) => f.from === "Offer"),
      offers_drawn: offer ? Number(offer.dataset.ends) : 0,
      conserved: ["Screened", "Interviewed"].every((s) => sum((f) => f.to === s) === sum((f) => f.from === s)),
    };
    // Usable at the window's width: nothing wider than the window but
    // what scrolls inside its own box (the table).
    c.window_width = window.innerWidth;
    c.page_width = document.documentElement.scrollWidth;
  } catch (e) {
    r.errors.push("selftest: " + (e && e.stack ? e.stack : e));
  }
  const pre = document.createElement("pre");
  pre.id = "selftest-result";
  pre.textContent = JSON.stringify(r);
  document.body.append(pre);
})();
