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
  } catch (e) {
    r.errors.push("selftest: " + (e && e.stack ? e.stack : e));
  }
  const pre = document.createElement("pre");
  pre.id = "selftest-result";
  pre.textContent = JSON.stringify(r);
  document.body.append(pre);
})();
