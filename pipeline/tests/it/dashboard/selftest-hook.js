// Loaded first by the dashboard test: records errors, CSP violations and alerts.
window.__errors = [];
window.__alerts = 0;
window.addEventListener("error", (e) => window.__errors.push("error: " + e.message));
document.addEventListener("securitypolicyviolation", (e) => window.__errors.push("csp: " + e.violatedDirective + " " + e.blockedURI));
const consoleError = console.error;
console.error = (...a) => { window.__errors.push("console: " + a.join(" ")); consoleError.apply(console, a); };
window.alert = () => { window.__alerts += 1; };
