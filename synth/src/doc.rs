//! A tiny document model rendered both as plain text and as e-mail style HTML.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::encode::html_escape;
use super::{chance, pick};

pub(crate) enum Block {
    P(String),
    Heading(String),
    Button(String, String),
    Link(String, String),
    List(Vec<String>),
    Table(Vec<(String, String)>),
    /// title, subtitle, url, blurb
    Cards(Vec<(String, String, String, String)>),
    Quote(String),
    Sig(Vec<String>),
    /// Shown only in the HTML part (e.g. Indeed puts the company there).
    HtmlOnly(String),
}

pub(crate) struct Doc {
    pub blocks: Vec<Block>,
    pub brand: String,
    pub accent: &'static str,
    pub footer: Vec<String>,
    pub preheader: Option<String>,
    pub wrap: bool,
}

impl Doc {
    pub fn new(brand: &str) -> Doc {
        Doc {
            blocks: Vec::new(),
            brand: brand.to_string(),
            accent: "#1a73e8",
            footer: Vec::new(),
            preheader: None,
            wrap: false,
        }
    }
    pub fn p(&mut self, s: impl Into<String>) -> &mut Self {
        self.blocks.push(Block::P(s.into()));
        self
    }
    pub fn push(&mut self, b: Block) -> &mut Self {
        self.blocks.push(b);
        self
    }

    pub fn text(&self) -> String {
        let mut out = String::with_capacity(2048);
        for b in &self.blocks {
            match b {
                Block::P(s) => {
                    if self.wrap {
                        out.push_str(&wrap(s, 74));
                    } else {
                        out.push_str(s);
                    }
                    out.push_str("\n\n");
                }
                Block::Heading(s) => {
                    out.push_str(s);
                    out.push('\n');
                    out.push_str(&"-".repeat(s.chars().count().min(60)));
                    out.push_str("\n\n");
                }
                Block::Button(l, u) => out.push_str(&format!("{l}: {u}\n\n")),
                Block::Link(l, u) => out.push_str(&format!("{l}\n{u}\n\n")),
                Block::List(items) => {
                    for i in items {
                        out.push_str(&format!("  * {i}\n"));
                    }
                    out.push('\n');
                }
                Block::Table(rows) => {
                    for (k, v) in rows {
                        out.push_str(&format!("{k}: {v}\n"));
                    }
                    out.push('\n');
                }
                Block::Cards(cards) => {
                    for (t, s, u, blurb) in cards {
                        out.push_str(&format!("{t}\n{s}\n"));
                        if !blurb.is_empty() {
                            out.push_str(&format!("{blurb}\n"));
                        }
                        out.push_str(&format!("{u}\n\n"));
                    }
                }
                Block::Quote(s) => {
                    for l in s.lines() {
                        out.push_str(&format!("> {l}\n"));
                    }
                    out.push('\n');
                }
                Block::Sig(lines) => {
                    for l in lines {
                        out.push_str(l);
                        out.push('\n');
                    }
                    out.push('\n');
                }
                Block::HtmlOnly(_) => {}
            }
        }
        for f in &self.footer {
            out.push_str(f);
            out.push('\n');
        }
        out
    }

    pub fn html(&self, rng: &mut ChaCha8Rng) -> String {
        let a = self.accent;
        let mut inner = String::with_capacity(4096);
        for b in &self.blocks {
            match b {
                Block::P(s) => inner.push_str(&format!(
                    "<tr><td style=\"padding:0 32px 16px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;\">{}</td></tr>\n",
                    html_escape(s)
                )),
                Block::Heading(s) => inner.push_str(&format!(
                    "<tr><td style=\"padding:8px 32px 12px 32px;font-family:Helvetica,Arial,sans-serif;font-size:20px;font-weight:bold;color:#111111;\">{}</td></tr>\n",
                    html_escape(s)
                )),
                Block::Button(l, u) => inner.push_str(&format!(
                    "<tr><td align=\"left\" style=\"padding:8px 32px 24px 32px;\"><table role=\"presentation\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr><td style=\"border-radius:4px;background:{a};\">\n<a href=\"{}\" target=\"_blank\" style=\"display:inline-block;padding:12px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;\">{}</a>\n</td></tr></table></td></tr>\n",
                    html_escape(u),
                    html_escape(l)
                )),
                Block::Link(l, u) => inner.push_str(&format!(
                    "<tr><td style=\"padding:0 32px 16px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;\"><a href=\"{}\" style=\"color:{a};\">{}</a></td></tr>\n",
                    html_escape(u),
                    html_escape(l)
                )),
                Block::List(items) => {
                    inner.push_str("<tr><td style=\"padding:0 32px 16px 48px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;\"><ul>\n");
                    for i in items {
                        inner.push_str(&format!("<li style=\"margin-bottom:6px;\">{}</li>\n", html_escape(i)));
                    }
                    inner.push_str("</ul></td></tr>\n");
                }
                Block::Table(rows) => {
                    inner.push_str("<tr><td style=\"padding:0 32px 16px 32px;\"><table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:14px;\">\n");
                    for (k, v) in rows {
                        inner.push_str(&format!(
                            "<tr><td style=\"border-bottom:1px solid #eeeeee;color:#666666;\">{}</td><td align=\"right\" style=\"border-bottom:1px solid #eeeeee;color:#111111;\">{}</td></tr>\n",
                            html_escape(k),
                            html_escape(v)
                        ));
                    }
                    inner.push_str("</table></td></tr>\n");
                }
                Block::Cards(cards) => {
                    for (t, s, u, blurb) in cards {
                        let img = rng.random::<u32>();
                        inner.push_str(&format!(
                            "<tr><td style=\"padding:0 32px 20px 32px;\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #e0e0e0;border-radius:8px;\"><tr>\n<td width=\"64\" valign=\"top\" style=\"padding:16px;\"><img src=\"https://media.example-cdn.com/img/{img:08x}.png\" width=\"48\" height=\"48\" alt=\"\" style=\"display:block;border-radius:4px;\"></td>\n<td style=\"padding:16px 16px 16px 0;font-family:Helvetica,Arial,sans-serif;\"><a href=\"{}\" style=\"font-size:16px;font-weight:bold;color:{a};text-decoration:none;\">{}</a><div style=\"font-size:14px;color:#555555;margin-top:4px;\">{}</div><div style=\"font-size:13px;color:#777777;margin-top:6px;line-height:19px;\">{}</div></td>\n</tr></table></td></tr>\n",
                            html_escape(u),
                            html_escape(t),
                            html_escape(s),
                            html_escape(blurb)
                        ));
                    }
                }
                Block::Quote(s) => inner.push_str(&format!(
                    "<tr><td style=\"padding:0 32px 16px 32px;\"><blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex;color:#555;\">{}</blockquote></td></tr>\n",
                    html_escape(s).replace('\n', "<br>\n")
                )),
                Block::Sig(lines) => inner.push_str(&format!(
                    "<tr><td style=\"padding:8px 32px 24px 32px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#444444;\">{}</td></tr>\n",
                    lines.iter().map(|l| html_escape(l)).collect::<Vec<_>>().join("<br>\n")
                )),
                Block::HtmlOnly(s) => inner.push_str(&format!(
                    "<tr><td style=\"padding:0 32px 12px 32px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d;\">{}</td></tr>\n",
                    html_escape(s)
                )),
            }
        }
        let footer = self
            .footer
            .iter()
            .map(|f| html_escape(f))
            .collect::<Vec<_>>()
            .join("<br>\n");
        let pre = self
            .preheader
            .as_deref()
            .map(html_escape)
            .unwrap_or_default();
        let brand = html_escape(&self.brand);
        let css = CSS[rng.random_range(0..CSS.len())];
        format!(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n<title>{brand}</title>\n<style type=\"text/css\">\n{css}</style>\n</head>\n<body style=\"margin:0;padding:0;background-color:#f4f4f4;\">\n<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">{pre}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>\n<center style=\"width:100%;background-color:#f4f4f4;\">\n<table role=\"presentation\" width=\"600\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" align=\"center\" class=\"wrapper\" style=\"background:#ffffff;margin:24px auto;\">\n<tr><td style=\"padding:24px 32px;border-bottom:4px solid {a};font-family:Helvetica,Arial,sans-serif;font-size:22px;font-weight:bold;color:{a};\">{brand}</td></tr>\n<tr><td style=\"height:16px;\">&nbsp;</td></tr>\n{inner}<tr><td style=\"padding:24px 32px;background:#fafafa;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#999999;\">{footer}</td></tr>\n</table>\n</center>\n</body>\n</html>\n"
        )
    }
}

const CSS: &[&str] = &[
    "body,table,td,a{-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;}\ntable,td{mso-table-lspace:0pt;mso-table-rspace:0pt;}\nimg{-ms-interpolation-mode:bicubic;border:0;height:auto;line-height:100%;outline:none;text-decoration:none;}\ntable{border-collapse:collapse !important;}\nbody{height:100% !important;margin:0 !important;padding:0 !important;width:100% !important;}\na[x-apple-data-detectors]{color:inherit !important;text-decoration:none !important;font-size:inherit !important;font-family:inherit !important;font-weight:inherit !important;line-height:inherit !important;}\n@media screen and (max-width:600px){.wrapper{width:100% !important;max-width:100% !important;}.mobile-hide{display:none !important;}.mobile-pad{padding:12px !important;}h1{font-size:24px !important;line-height:30px !important;}}\ndiv[style*=\"margin: 16px 0;\"]{margin:0 !important;}\n",
    "#outlook a{padding:0;}\n.ReadMsgBody{width:100%;}\n.ExternalClass{width:100%;}\n.ExternalClass,.ExternalClass p,.ExternalClass span,.ExternalClass font,.ExternalClass td,.ExternalClass div{line-height:100%;}\nbody{margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;}\ntable,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}\nimg{border:0;height:auto;line-height:100%;outline:none;text-decoration:none;-ms-interpolation-mode:bicubic;}\np{display:block;margin:13px 0;}\n@media only screen and (max-width:480px){@-ms-viewport{width:320px;}@viewport{width:320px;}.wrapper{width:100% !important;}}\n@media only screen and (min-width:480px){.mj-column-per-100{width:100% !important;max-width:100%;}.mj-column-per-50{width:50% !important;max-width:50%;}}\n.mj-outlook-group-fix{width:100% !important;}\n",
    "body{font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;}\n.btn:hover{opacity:.9;}\n.footer a{color:#999999;text-decoration:underline;}\n@media (prefers-color-scheme: dark){.dark-bg{background:#1e1e1e !important;}.dark-text{color:#eeeeee !important;}}\n@media screen and (max-width:620px){.wrapper{width:100% !important;}.col{display:block !important;width:100% !important;}}\n",
];

/// Greedy word wrap at `width` columns.
pub(crate) fn wrap(s: &str, width: usize) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / width + 1);
    let mut col = 0;
    for w in s.split(' ') {
        let wl = w.chars().count();
        if col > 0 && col + 1 + wl > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += wl;
    }
    out
}

/// A readable filler sentence about `topic` words.
pub(crate) fn sentence(rng: &mut ChaCha8Rng, words: &[&str]) -> String {
    let a = pick(rng, words);
    let b = pick(rng, words);
    let templates: &[&str] = &[
        "The story of {a} this week is really about {b}, and most people missed it.",
        "We spent the week digging into {a}, and what we found about {b} surprised us.",
        "If you only read one thing about {a}, make it this piece on {b}.",
        "Three readers wrote in asking how {a} relates to {b}; here is our best answer.",
        "A quiet change to {a} could matter more than the loud news about {b}.",
        "Here is a practical guide to {a}, with notes on where {b} fits in.",
        "Nobody agrees on {a} yet, but the debate over {b} is getting sharper.",
        "Our favourite link this week compares {a} with {b} in surprising detail.",
        "From the archive: why {a} keeps coming back, and what {b} teaches us.",
        "Numbers on {a} went up again, while {b} stayed flat for the third month.",
    ];
    let t = pick(rng, templates);
    let mut s = t.replace("{a}", a).replace("{b}", b);
    if let Some(f) = s.get(..1) {
        let up = f.to_uppercase();
        s.replace_range(..1, &up);
    }
    if chance(rng, 0.1) {
        s.push_str(" It’s worth a look.");
    }
    s
}

pub(crate) fn paragraph(rng: &mut ChaCha8Rng, words: &[&str], n: usize) -> String {
    (0..n)
        .map(|_| sentence(rng, words))
        .collect::<Vec<_>>()
        .join(" ")
}
