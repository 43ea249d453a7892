//! Ordinary, non-job mail, including deliberate near misses.

use chrono::{Datelike, TimeDelta};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::apps::ascii_lower;
use super::doc::{Block, Doc, paragraph, sentence, wrap};
use super::encode::Charset;
use super::pools::{
    self, BANKS, CARRIERS, FIRST, LAST, MAILING_LISTS, NEWSLETTERS, SHOPS, SOCIAL, WORDS_CAREER,
    WORDS_FIN, WORDS_FOOD, WORDS_LOCAL, WORDS_TECH,
};
use super::{Ctx, Layout, Mail, SynthLabel, chance, maybe_attachment, one, pick};

pub(crate) fn not_job(rng: &mut ChaCha8Rng, ctx: &Ctx) -> (Mail, SynthLabel) {
    let r = rng.random_range(0..1000);
    let mut mail = match r {
        0..=199 => newsletter(rng, ctx),
        200..=329 => promo(rng, ctx),
        330..=429 => receipt(rng, ctx),
        430..=499 => shipping(rng, ctx),
        500..=559 => bank(rng, ctx),
        560..=679 => social(rng, ctx),
        680..=769 => personal(rng, ctx),
        770..=799 => calendar(rng, ctx),
        800..=869 => mailing_list(rng, ctx),
        870..=919 => near_miss_application(rng, ctx),
        920..=964 => security_code(rng, ctx),
        _ => service(rng, ctx),
    };
    if chance(rng, 0.005) {
        mail.no_message_id = true;
    }
    if mail.attachment.is_none() {
        let hint = one(rng, ["scan", "document", "Statement", "photo", "invoice"]);
        mail.attachment = maybe_attachment(rng, 0.004, hint);
    }
    (mail, SynthLabel::plain("not_job"))
}

fn person(rng: &mut ChaCha8Rng) -> (String, String) {
    let (f, l) = (pick(rng, FIRST), pick(rng, LAST));
    let dom = one(
        rng,
        [
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "icloud.com",
            "proton.me",
            "gmx.de",
            "hotmail.fr",
            "fastmail.com",
        ],
    );
    let local = match rng.random_range(0..3) {
        0 => format!("{}.{}", ascii_lower(f), ascii_lower(l)),
        1 => format!("{}{}", ascii_lower(f), rng.random_range(1..99)),
        _ => format!("{}{}", &ascii_lower(f)[..1], ascii_lower(l)),
    };
    (format!("{f} {l}"), format!("{local}@{dom}"))
}

fn unsubscribe(rng: &mut ChaCha8Rng, m: &mut Mail) {
    let dom = m
        .from_addr
        .rsplit_once('@')
        .map_or("example.com", |(_, d)| d)
        .to_string();
    m.headers.push((
        "List-Unsubscribe".into(),
        format!(
            "<mailto:unsubscribe-{:x}@{dom}>, <https://{dom}/u/{:x}>",
            rng.random::<u32>(),
            rng.random::<u64>()
        ),
    ));
    m.headers.push((
        "List-Unsubscribe-Post".into(),
        "List-Unsubscribe=One-Click".into(),
    ));
}

fn newsletter(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (name, addr, topic) = pick(rng, NEWSLETTERS);
    let words: &[&str] = match topic {
        0 => WORDS_TECH,
        1 => WORDS_FOOD,
        2 => WORDS_FIN,
        3 => WORDS_CAREER,
        _ => WORDS_LOCAL,
    };
    let issue = rng.random_range(40..400);
    let subject = match (topic, rng.random_range(0..3)) {
        (3, 0) => format!("Episode {issue}: An interview with a hiring manager at a top startup"),
        (3, 1) => "10 interview questions you should be ready for".to_string(),
        (3, _) => format!("How to negotiate your next offer (issue #{issue})"),
        (5, _) => format!("Le Petit Numérique n°{issue} : l’actualité de la semaine"),
        (6, _) => format!("Tech-Briefing: Die wichtigsten Nachrichten der Woche ({issue})"),
        (_, 0) => format!("{name} #{issue}: {}", pick(rng, words)),
        (_, 1) => format!("This week: {} and {}", pick(rng, words), pick(rng, words)),
        _ => format!("{} — {}", name, ctx.now.format("%B %-d, %Y")),
    };
    let mut d = Doc::new(name);
    d.accent = one(rng, ["#ff6719", "#222222", "#0b6e4f", "#7c3aed", "#b91c1c"]);
    d.preheader = Some(sentence(rng, words));
    let sections = rng.random_range(3..30);
    for _ in 0..sections {
        if topic == 5 {
            d.push(Block::Heading(format!(
                "À la une : {}",
                pick(rng, WORDS_TECH)
            )));
            d.p("Cette semaine, nous revenons sur les nouveautés qui ont marqué l’écosystème. Découvrez notre sélection d’articles, d’événements et d’offres à ne pas manquer. Bonne lecture à toutes et à tous !");
        } else if topic == 6 {
            d.push(Block::Heading(format!(
                "Im Fokus: {}",
                pick(rng, WORDS_TECH)
            )));
            d.p("Diese Woche werfen wir einen Blick auf die Entwicklungen, über die alle sprechen. Außerdem: Tipps für Ihren Arbeitsalltag und die spannendsten Veröffentlichungen. Viel Spaß beim Lesen!");
        } else {
            d.push(Block::Heading(cap_first(
                &sentence(rng, words).replace('.', ""),
            )));
            let n = rng.random_range(2..7);
            d.p(paragraph(rng, words, n));
        }
        let url = format!(
            "https://{}/p/{:x}?utm_source=newsletter&utm_medium=email",
            addr.split('@').nth(1).unwrap_or("example.com"),
            rng.random::<u32>()
        );
        if chance(rng, 0.5) {
            d.push(Block::Button("Read more".into(), url));
        } else {
            d.push(Block::Link("Continue reading →".into(), url));
        }
    }
    if topic == 3 {
        d.p("Listen now on Apple Podcasts, Spotify or wherever you get your podcasts. This week's guest shares how they prepare candidates for the final interview round.");
    }
    d.footer = vec![
        format!("You are receiving this because you subscribed to {name}."),
        "Unsubscribe | Update preferences | View in browser".into(),
        "123 Market Street, Suite 400, San Francisco, CA 94105".into(),
    ];
    let mut m = Mail::new(Some(name.to_string()), addr.to_string(), subject).body(rng, &d, true);
    m.category = "Category Promotions";
    if topic == 5 || topic == 6 {
        m.charset = Some(one(rng, [Charset::Latin1, Charset::Utf8, Charset::Cp1252]));
    }
    m.headers.push((
        "List-Id".into(),
        format!(
            "<{}.list-id.{}>",
            ascii_lower(name),
            addr.split('@').nth(1).unwrap_or("example.com")
        ),
    ));
    unsubscribe(rng, &mut m);
    if chance(rng, 0.4) {
        m.layout = Layout::Html;
    }
    m
}

fn cap_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn promo(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (shop, dom) = pick(rng, SHOPS);
    let pct = one(rng, [10, 15, 20, 25, 30, 40, 50]);
    let subject = match rng.random_range(0..8) {
        0 => format!("Your exclusive offer: {pct}% off everything"),
        1 => "Last chance: this offer ends tonight".to_string(),
        2 => format!("{}, we saved a special offer for you", ctx.user_first),
        3 => format!("🔥 {pct}% OFF sitewide — limited time"),
        4 => "New arrivals + an offer you’ll love".to_string(),
        5 => "We’ve extended our offer! Free shipping ends Sunday".to_string(),
        6 if dom.ends_with(".fr") => format!("Offre spéciale : -{pct}% sur toute la boutique"),
        6 if dom.ends_with(".es") => format!("¡Oferta exclusiva! {pct}% de descuento"),
        6 if dom.ends_with(".de") => {
            format!("Nur heute: {pct}% Rabatt auf alles – Angebot gültig bis Mitternacht")
        }
        _ => format!("Members-only offer inside ({pct}% off)"),
    };
    let mut d = Doc::new(shop);
    d.accent = one(rng, ["#e11d48", "#111827", "#16a34a", "#f59e0b"]);
    d.preheader = Some(format!("Use code SAVE{pct} at checkout."));
    d.push(Block::Heading(format!(
        "{pct}% off — because you deserve it"
    )));
    d.p(format!(
        "Use code SAVE{pct} at checkout. Offer valid through {}. Exclusions apply.",
        (ctx.now + TimeDelta::days(3)).format("%B %-d")
    ));
    let n = rng.random_range(4..16);
    let cards = (0..n)
        .map(|_| {
            let item = one(
                rng,
                [
                    "Everyday Tee",
                    "Cast Iron Pan",
                    "Wireless Earbuds",
                    "Linen Shirt",
                    "Trail Runner 2",
                    "Ceramic Mug Set",
                    "Desk Lamp",
                    "Merino Beanie",
                    "Pour-Over Kettle",
                ],
            );
            (
                item.to_string(),
                format!(
                    "Now ${}.{:02} (was ${})",
                    rng.random_range(9..199),
                    rng.random_range(0..99),
                    rng.random_range(20..299)
                ),
                format!(
                    "https://{dom}/products/{}?utm_campaign=offer_{}",
                    super::encode::slugify(item),
                    ctx.now.format("%Y%m%d")
                ),
                "Free returns within 30 days.".to_string(),
            )
        })
        .collect();
    d.push(Block::Cards(cards));
    d.push(Block::Button(
        "Shop now".into(),
        format!("https://{dom}/sale"),
    ));
    d.footer = vec![
        format!("You're receiving this email because you signed up for {shop} emails."),
        "Unsubscribe · Privacy · Terms".into(),
    ];
    let mut m = Mail::new(
        Some(shop.to_string()),
        format!("{}@{dom}", one(rng, ["hello", "offers", "news", "deals"])),
        subject,
    )
    .body(rng, &d, true);
    m.category = "Category Promotions";
    m.layout = if chance(rng, 0.5) {
        Layout::Html
    } else {
        Layout::Alt
    };
    unsubscribe(rng, &mut m);
    m
}

fn receipt(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (shop, dom) = pick(rng, SHOPS);
    let order = format!(
        "{}-{}",
        rng.random_range(100..999),
        rng.random_range(1_000_000..9_999_999)
    );
    let lang = if dom.ends_with(".fr") {
        1
    } else if dom.ends_with(".es") {
        2
    } else if dom.ends_with(".de") {
        3
    } else {
        0
    };
    let subject = match (lang, rng.random_range(0..3)) {
        (1, _) => format!("Confirmation de votre commande n° {order}"),
        (2, _) => format!("Tu pedido {order} está confirmado"),
        (3, _) => format!("Ihre Bestellung {order} bei {shop}"),
        (_, 0) => format!("Your receipt from {shop} #{order}"),
        (_, 1) => format!("Order confirmation #{order}"),
        _ => format!("Thanks for your order, {}!", ctx.user_first),
    };
    let mut d = Doc::new(shop);
    let intro = match lang {
        1 => {
            "Merci pour votre commande ! Nous préparons vos articles et vous enverrons un e-mail dès leur expédition."
        }
        2 => {
            "¡Gracias por tu compra! Estamos preparando tu pedido y te avisaremos cuando salga del almacén."
        }
        3 => {
            "Vielen Dank für Ihre Bestellung! Wir bereiten Ihre Artikel vor und informieren Sie, sobald sie versandt wurden. Größe/Farbe: siehe unten."
        }
        _ => {
            "Thanks for shopping with us. Here’s your receipt — we’ll let you know when your order ships."
        }
    };
    d.p(intro);
    let mut rows = Vec::new();
    let mut total = 0u32;
    for _ in 0..rng.random_range(1..7) {
        let cents = rng.random_range(299..15999);
        total += cents;
        rows.push((
            one(
                rng,
                [
                    "Organic Coffee Beans 1kg",
                    "USB-C Cable (2m)",
                    "Paperback: The Long Walk",
                    "Yoga Mat",
                    "Dog Treats",
                    "Café au lait mug",
                    "Olive Oil 750ml",
                ],
            )
            .to_string(),
            money(cents, lang),
        ));
    }
    rows.push(("Tax".into(), money(total / 12, lang)));
    rows.push(("Total".into(), money(total + total / 12, lang)));
    d.push(Block::Table(rows));
    d.p(format!(
        "Order date: {}. Payment: Visa ending in {:04}.",
        ctx.now.format("%Y-%m-%d"),
        rng.random_range(0..9999)
    ));
    d.push(Block::Link(
        "View your order".into(),
        format!("https://{dom}/account/orders/{order}"),
    ));
    d.footer = vec![format!("{shop} · Customer Service · Returns")];
    let mut m = Mail::new(
        Some(shop.to_string()),
        format!("{}@{dom}", one(rng, ["orders", "receipts", "no-reply"])),
        subject,
    )
    .body_p(rng, &d, 0.8);
    if lang != 0 {
        m.charset = Some(one(rng, [Charset::Latin1, Charset::Cp1252, Charset::Utf8]));
    }
    m.attachment = maybe_attachment(rng, 0.01, &format!("Invoice_{order}"));
    m
}

fn money(cents: u32, lang: u32) -> String {
    if lang == 0 {
        format!("${}.{:02}", cents / 100, cents % 100)
    } else {
        format!("{},{:02} €", cents / 100, cents % 100)
    }
}

fn shipping(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (carrier, dom, prefix) = pick(rng, CARRIERS);
    let (shop, _) = pick(rng, SHOPS);
    let track = format!(
        "{prefix}{:X}{}",
        rng.random::<u32>(),
        rng.random_range(100_000..999_999)
    );
    let subject = match rng.random_range(0..4) {
        0 => format!("Your {shop} order has shipped"),
        1 => format!(
            "{carrier} Update: Package Scheduled for Delivery {}",
            (ctx.now + TimeDelta::days(2)).format("%A, %m/%d/%Y")
        ),
        2 => "Out for delivery: your package arrives today".to_string(),
        _ => format!("Delivered: Your package from {shop}"),
    };
    let mut d = Doc::new(carrier);
    d.p(format!("Hello {},", ctx.user_first));
    d.p(format!(
        "Your package from {shop} is on its way. Tracking number: {track}."
    ));
    d.push(Block::Table(vec![
        (
            "Scheduled delivery".into(),
            (ctx.now + TimeDelta::days(2))
                .format("%a, %b %-d")
                .to_string(),
        ),
        (
            "Ship to".into(),
            format!(
                "{}, {}",
                ctx.user_name,
                one(
                    rng,
                    ["Seattle, WA", "Brooklyn, NY", "Austin, TX", "Denver, CO"]
                )
            ),
        ),
        (
            "Service".into(),
            one(rng, ["Ground", "2nd Day Air", "Priority Mail", "Express"]).into(),
        ),
    ]));
    d.push(Block::Button(
        "Track your package".into(),
        format!("https://www.{dom}/track?tracknum={track}"),
    ));
    d.footer = vec![format!(
        "© {} {carrier}. All rights reserved. Do not reply to this email.",
        ctx.now.year()
    )];
    Mail::new(
        Some(carrier.to_string()),
        format!(
            "{}@{dom}",
            one(rng, ["mcinfo", "tracking", "noreply", "auto-notify"])
        ),
        subject,
    )
    .body(rng, &d, true)
}

fn bank(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (bank, dom) = pick(rng, BANKS);
    let last4 = rng.random_range(1000..9999);
    let (subject, body) = match rng.random_range(0..5) {
        0 => (
            "Your statement is ready".to_string(),
            format!(
                "Your monthly statement for the account ending in {last4} is now available. Sign in to view or download it."
            ),
        ),
        1 => (
            format!("Payment due reminder: account ending {last4}"),
            format!(
                "This is a reminder that your minimum payment of ${}.{:02} is due on {}.",
                rng.random_range(25..300),
                rng.random_range(0..99),
                (ctx.now + TimeDelta::days(7)).format("%B %-d")
            ),
        ),
        2 => (
            "Large purchase alert".to_string(),
            format!(
                "A purchase of ${}.{:02} was made with your card ending in {last4}. If you don't recognize it, call us right away.",
                rng.random_range(300..2000),
                rng.random_range(0..99)
            ),
        ),
        3 => (
            "Your direct deposit has arrived".to_string(),
            format!(
                "A direct deposit of ${},{:03}.{:02} was posted to your checking account ending in {last4}.",
                rng.random_range(1..6),
                rng.random_range(0..999),
                rng.random_range(0..99)
            ),
        ),
        _ => (
            "Your credit limit increase is approved".to_string(),
            format!(
                "Good news! Your credit limit on the card ending in {last4} has been increased. No action is needed."
            ),
        ),
    };
    let mut d = Doc::new(bank);
    d.accent = "#003b71";
    d.p(format!("Dear {},", ctx.user_name));
    d.p(body);
    d.push(Block::Button(
        "Sign in to online banking".into(),
        format!("https://secure.{dom}/login"),
    ));
    d.p("For your security, we will never ask for your password or PIN by email.");
    d.footer = vec![
        format!("{bank}, Member FDIC. Please do not reply to this email."),
        "Privacy | Security Center".into(),
    ];
    let mut m =
        Mail::new(Some(bank.to_string()), format!("alerts@{dom}"), subject).body(rng, &d, true);
    m.attachment = maybe_attachment(rng, 0.01, &format!("Statement_{}", ctx.now.format("%Y-%m")));
    m
}

fn social(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (net, addr) = pick(rng, SOCIAL);
    let (who, _) = person(rng);
    let subject = match (net, rng.random_range(0..4)) {
        ("LinkedIn", 0) => format!("{who} sent you a message"),
        ("LinkedIn", 1) => format!(
            "You appeared in {} searches this week",
            rng.random_range(3..60)
        ),
        ("LinkedIn", 2) => format!("{who} viewed your profile"),
        ("LinkedIn", _) => format!("Congratulate {who} on the new job!"),
        ("GitHub", 0) => format!(
            "Re: [acme/widget] Fix panic in parser (PR #{})",
            rng.random_range(100..999)
        ),
        ("GitHub", _) => format!(
            "[{}/dotfiles] Run failed: CI - main",
            ascii_lower(ctx.user_first)
        ),
        ("Strava", _) => format!("{who} gave you kudos"),
        (_, 0) => format!("{who} commented on your post"),
        (_, 1) => format!("You have {} new notifications", rng.random_range(2..40)),
        (_, 2) => format!("{who} tagged you in a photo"),
        (_, _) => format!(
            "{who} and {} others liked your post",
            rng.random_range(2..30)
        ),
    };
    let mut d = Doc::new(net);
    d.p(format!("Hi {},", ctx.user_first));
    d.p(match net {
        "LinkedIn" if subject.contains("message") => {
            format!("{who}: \"Hey! Great to reconnect — are you going to the meetup next week?\"")
        }
        "LinkedIn" => {
            "See who's looking at your profile and grow your network. Your weekly summary is ready."
                .to_string()
        }
        "GitHub" => format!(
            "@{} commented: {}",
            ascii_lower(&who),
            sentence(rng, WORDS_TECH)
        ),
        _ => format!(
            "{who}: “{}”",
            one(
                rng,
                [
                    "This is amazing 😍",
                    "Haha, classic!",
                    "Congrats!!",
                    "Where was this taken?",
                    "Miss you guys"
                ]
            )
        ),
    });
    d.push(Block::Button(
        "View".into(),
        format!(
            "https://{}/n/{:x}",
            addr.split('@').nth(1).unwrap_or("example.com"),
            rng.random::<u64>()
        ),
    ));
    d.footer = vec![format!(
        "This message was sent to {}. Unsubscribe from these emails.",
        ctx.user_addr
    )];
    let mut m =
        Mail::new(Some(net.to_string()), addr.to_string(), subject).body(rng, &d, net != "GitHub");
    m.category = if net == "GitHub" {
        "Category Updates"
    } else {
        "Category Social"
    };
    unsubscribe(rng, &mut m);
    m
}

fn personal(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (who, addr) = person(rng);
    let first = who.split(' ').next().unwrap_or("").to_string();
    let lang = rng.random_range(0..10);
    let (subject, mut body) = match lang {
        0 => (
            "Wochenende?".to_string(),
            format!(
                "Hallo {},\n\nhast du am Wochenende Zeit? Wir wollten grillen, bring gern was mit. Grüße aus München!\n\n{first}",
                ctx.user_first
            ),
        ),
        1 => (
            "¿Cena el viernes?".to_string(),
            format!(
                "¡Hola {}!\n\n¿Te apetece cenar el viernes? Hay un sitio nuevo cerca de la estación que dicen que está genial.\n\nUn abrazo,\n{first}",
                ctx.user_first
            ),
        ),
        2 => (
            "Photos de l’été".to_string(),
            format!(
                "Salut {} !\n\nVoici enfin les photos de l’été. Ça fait plaisir de revoir tout ça. On se voit bientôt ?\n\nBises,\n{first}",
                ctx.user_first
            ),
        ),
        3 => (
            "Re: my interview".to_string(),
            format!(
                "Hey {},\n\nThanks for asking! The interview went fine I think, they said they'd get back to me next week. Fingers crossed.\nFrom what I hear the team is great, so we'll see.\n\nHow are things with you?\n{first}",
                ctx.user_first
            ),
        ),
        _ => {
            let s = one(
                rng,
                [
                    "Dinner Saturday?",
                    "quick question",
                    "Photos from the trip",
                    "Re: moving help",
                    "Mom's birthday",
                    "book recommendation",
                    "Fwd: recipe",
                    "Re: Re: plans",
                ],
            );
            let mut b = format!("Hi {},\n\n", ctx.user_first);
            b.push_str(one(rng, [
                "Are you still up for dinner on Saturday? I was thinking 7pm at the Thai place.",
                "Hope you're doing well! I found the photos from the trip, uploading them now.",
                "Can you still help with the move on Sunday? We need another pair of hands for the couch.",
                "I finished that book you lent me. Loved it! I'll bring it back next week.",
            ]));
            b.push_str("\n\n");
            if chance(rng, 0.4) {
                b.push_str("From now on I'll just text you, email is too slow :)\n\n");
            }
            b.push_str(&format!("{first}\n"));
            (s.to_string(), b)
        }
    };
    if chance(rng, 0.3) {
        body.push_str(&format!(
            "\nOn {}, {} <{}> wrote:\n> Sounds good!\n> From my side, any day works.\n>From the look of it we're all set.\n",
            (ctx.now - TimeDelta::days(2)).format("%a, %b %-d, %Y at %-I:%M %p"),
            ctx.user_name,
            ctx.user_addr
        ));
    }
    if chance(rng, 0.2) {
        body = wrap(&body.replace('\n', " \u{1}"), 72)
            .replace(" \u{1}", "\n")
            .replace('\u{1}', "\n");
    }
    let mut m = Mail::new(Some(who), addr, subject);
    m.text = body;
    m.layout = Layout::Text;
    m.category = "Category Personal";
    if lang <= 2 {
        m.charset = Some(one(rng, [Charset::Latin1, Charset::Cp1252, Charset::Utf8]));
    }
    m.attachment = maybe_attachment(rng, 0.02, "photos");
    m
}

fn calendar(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (who, addr) = person(rng);
    let what = one(
        rng,
        [
            "Dentist appointment",
            "Dinner with Sam",
            "Book club",
            "Yoga class",
            "Parent-teacher conference",
            "Team trivia night",
            "Haircut",
            "Car service",
        ],
    );
    let when = ctx.now + TimeDelta::days(rng.random_range(1..20));
    let subject = format!(
        "Invitation: {what} @ {} ({})",
        when.format("%a %b %-d, %Y %-I%P"),
        ctx.user_addr
    );
    let mut d = Doc::new("Google Calendar");
    d.p(format!("{who} has invited you to an event."));
    d.push(Block::Table(vec![
        (
            "When".into(),
            when.format("%A %b %-d, %Y %-I:%M%P").to_string(),
        ),
        (
            "Where".into(),
            one(rng, ["Home", "Downtown", "Main St Clinic", "Zoom"]).into(),
        ),
    ]));
    d.footer = vec!["Invitation from Google Calendar".into()];
    let mut m = Mail::new(
        Some(format!("{who} (Google Calendar)")),
        "calendar-notification@google.com".into(),
        subject,
    )
    .body(rng, &d, true);
    m.ics = Some(format!(
        "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:{}\nSUMMARY:{what}\nORGANIZER:mailto:{addr}\nUID:{:x}@google.com\nEND:VEVENT\nEND:VCALENDAR\n",
        when.format("%Y%m%dT%H%M%SZ"),
        rng.random::<u64>()
    ));
    m
}

fn mailing_list(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (list, host) = pick(rng, MAILING_LISTS);
    let (who, addr) = person(rng);
    let topic = one(
        rng,
        [
            "lifetime question",
            "slow query after upgrade",
            "meeting minutes",
            "Wi-Fi firmware issue",
            "Saturday ride route",
            "borrow checker and closures",
        ],
    );
    let subject = format!(
        "{}[{list}] {topic}",
        if chance(rng, 0.6) { "Re: " } else { "" }
    );
    let n = rng.random_range(2..5);
    let mut body = format!("{}\n\n", wrap(&paragraph(rng, WORDS_TECH, n), 72));
    if chance(rng, 0.5) {
        body.push_str("> From the docs it looks like this should work, but\n> it doesn't on my machine.\n\nFrom my experience you need to rebuild the index first.\n\n");
    }
    body.push_str(&format!(
        "-- \n{who}\n\n_______________________________________________\n{list} mailing list\n{list}@{host}\nhttps://{host}/mailman/listinfo/{list}\n"
    ));
    let mut m = Mail::new(Some(who), addr, subject);
    m.text = body;
    m.layout = Layout::Text;
    m.to = Some(format!("{list}@{host}"));
    m.category = "Category Forums";
    m.headers
        .push(("List-Id".into(), format!("<{list}.{host}>")));
    m.headers
        .push(("List-Post".into(), format!("<mailto:{list}@{host}>")));
    m.headers.push(("Precedence".into(), "list".into()));
    let _ = ctx;
    m
}

fn near_miss_application(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let first = ctx.user_first;
    let (name, addr, subject, paras): (String, String, String, Vec<String>) = match rng.random_range(0..8) {
        0 => {
            let (bank, dom) = pick(rng, BANKS);
            (bank.to_string(), format!("applications@{dom}"), "Your application has been approved".into(), vec![
                format!("Congratulations, {first}! Your application for the {bank} Cash Rewards Visa® card has been approved."),
                "Your new card will arrive in 7–10 business days. Your credit limit and APR are shown in the enclosed agreement.".into(),
            ])
        }
        1 => ("Lendwise Loans".into(), "notices@lendwise.example.com".into(), "We have received your loan application".into(), vec![
            "Thank you for applying for a personal loan with Lendwise. We have received your application and are reviewing it.".into(),
            "Application ID: PL-".to_string() + &rng.random_range(100000..999999).to_string() + ". You can expect a decision within 2 business days.",
        ]),
        2 => ("Maple Court Apartments".into(), "leasing@maplecourt-apts.com".into(), "Rental application received – Unit 4B".into(), vec![
            format!("Hi {first}, thank you for submitting your rental application for 1450 Maple Ct, Unit 4B."),
            "We will run the background and credit check and contact you within 3–5 business days. Application fee paid: $45.00.".into(),
        ]),
        3 => ("Office of Graduate Admissions".into(), "admissions@northfield-university.edu".into(), "Decision on your application".into(), vec![
            format!("Dear {},", ctx.user_name),
            "Thank you for your application to the Master of Science program. After careful review, we regret to inform you that we are unable to offer you admission for the upcoming term.".into(),
            "We received many strong applications this year and wish you every success in your studies.".into(),
        ]),
        4 => ("Visa Application Centre".into(), "no-reply@visa-appointments.example.org".into(), "Your visa application status has been updated".into(), vec![
            format!("Dear {},", ctx.user_name),
            "Your visa application (reference VAC-".to_string() + &rng.random_range(1_000_000..9_999_999).to_string() + ") has been processed. Your passport is ready for collection at the application centre.",
        ]),
        5 => ("Community Arts Fund".into(), "grants@communityartsfund.org".into(), "Your grant application: next steps".into(), vec![
            format!("Dear {first},"),
            "Thank you for your grant application to the Spring Community Arts Fund. Shortlisted applicants will be invited to an interview with the panel in April.".into(),
        ]),
        6 => ("City Parks & Recreation".into(), "permits@cityparks.example.gov".into(), "Permit application approved".into(), vec![
            "Your application for a picnic shelter permit has been approved. Please bring this confirmation on the day of your event.".into(),
        ]),
        _ => ("Ridgeview Tennis Club".into(), "membership@ridgeviewtennis.org".into(), "Thank you for applying for membership".into(), vec![
            format!("Hi {first}, thank you for your membership application. The committee meets monthly and we will let you know the outcome shortly."),
        ]),
    };
    let mut d = Doc::new(&name);
    for p in paras {
        d.p(p);
    }
    d.footer = vec![format!("© {} {name}", ctx.now.year())];
    Mail::new(Some(name), addr, subject).body_p(rng, &d, 0.7)
}

fn security_code(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let code = rng.random_range(100_000..999_999);
    let co = pools::company(rng.random_range(0..pools::company_count()));
    let (name, addr, subject, text): (String, String, String, String) = match rng.random_range(0..7)
    {
        0 => (
            "Google".into(),
            "no-reply@accounts.google.com".into(),
            "Security alert".into(),
            format!(
                "A new sign-in on Mac was detected for {}. If this was you, you don't need to do anything.",
                ctx.user_addr
            ),
        ),
        1 => (
            "Microsoft account team".into(),
            "account-security-noreply@accountprotection.microsoft.com".into(),
            "Your single-use code".into(),
            format!(
                "Your single-use code is: {code}. If you didn't request a code, you can safely ignore this email."
            ),
        ),
        2 => (
            co.name.into(),
            "no-reply@us.greenhouse-mail.io".into(),
            format!("Security code for your application to {}", co.name),
            format!(
                "Copy and paste this code into the security code field on your application: {code}. This code will expire in 10 minutes."
            ),
        ),
        3 => (
            format!("{} Careers", co.name),
            format!("{}@myworkday.com", co.slug),
            "Verify your candidate account".into(),
            format!(
                "Please verify your email address to finish creating your candidate account at {}. Your verification code is {code}.",
                co.name
            ),
        ),
        4 => (
            co.name.into(),
            "no-reply@hire.lever.co".into(),
            format!("Complete your application to {}", co.name),
            format!(
                "It looks like you started an application to {} but didn't finish it. Your progress has been saved for 7 days.",
                co.name
            ),
        ),
        5 => (
            "PayPal".into(),
            "service@paypal.example.com".into(),
            "Your PayPal security code".into(),
            format!("Your security code is {code}. Don't share it with anyone."),
        ),
        _ => (
            "Slack".into(),
            "no-reply@slack.com".into(),
            format!("Slack confirmation code: {}-{}", code / 1000, code % 1000),
            format!(
                "Your confirmation code is below — enter it in your open browser window and we'll help you get signed in. {}-{}",
                code / 1000,
                code % 1000
            ),
        ),
    };
    let mut d = Doc::new(&name);
    d.p(format!("Hi {},", ctx.user_first));
    d.p(text);
    d.footer = vec!["This is an automated message. Please do not reply.".into()];
    Mail::new(Some(name), addr, subject).body_p(rng, &d, 0.6)
}

fn service(rng: &mut ChaCha8Rng, ctx: &Ctx) -> Mail {
    let (name, addr, subject, text) = match rng.random_range(0..6) {
        0 => (
            "City Power & Light",
            "billing@citypower.example.com",
            "Your electricity bill is ready".to_string(),
            format!(
                "Your bill of ${}.{:02} for {} is ready. AutoPay is scheduled.",
                rng.random_range(40..200),
                rng.random_range(0..99),
                ctx.now.format("%B")
            ),
        ),
        1 => (
            "StreamFlix",
            "info@streamflix.example.com",
            "Your membership will renew soon".to_string(),
            "Your plan renews next week. No action needed to keep watching.".to_string(),
        ),
        2 => (
            "Dropbox",
            "no-reply@dropbox.com",
            "Your Dropbox is almost full".to_string(),
            "You're using 95% of your storage. Upgrade to keep your files in sync.".to_string(),
        ),
        3 => (
            "Spotify",
            "no-reply@spotify.com",
            "Your receipt from Spotify".to_string(),
            "Premium Individual — monthly subscription. Thank you!".to_string(),
        ),
        4 => (
            "Airline Rewards",
            "rewards@skyward-miles.example.com",
            "Your boarding pass and trip details".to_string(),
            format!(
                "Flight SK{} departs {} at 7:45 AM. Check in online 24 hours before departure.",
                rng.random_range(100..999),
                (ctx.now + TimeDelta::days(4)).format("%b %-d")
            ),
        ),
        _ => (
            "Doctor's Office",
            "noreply@patientportal.example.com",
            "Appointment reminder".to_string(),
            format!(
                "This is a reminder of your appointment on {}. Reply C to confirm.",
                (ctx.now + TimeDelta::days(3)).format("%A, %B %-d at %-I:%M %p")
            ),
        ),
    };
    let mut d = Doc::new(name);
    d.p(format!("Hi {},", ctx.user_first));
    d.p(text);
    d.footer = vec![format!("© {} {name}", ctx.now.year())];
    Mail::new(Some(name.into()), addr.into(), subject).body_p(rng, &d, 0.7)
}
