//! Fixed pools of fictional companies, roles, people, places and senders.

use super::Source;

/// Language a company (and its recruiting mail) may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    En,
    De,
    Es,
    Fr,
}

/// (brand, legal suffix, tld, language)
const COMPANIES: &[(&str, &str, &str, Lang)] = &[
    ("Acme Robotics", "Inc.", "com", Lang::En),
    ("Northwind Analytics", "Inc.", "com", Lang::En),
    ("Bluefin Labs", "LLC", "io", Lang::En),
    ("Crescent Health", "Inc.", "com", Lang::En),
    ("Driftwood Software", "Corp", "com", Lang::En),
    ("Emberline", "Inc.", "io", Lang::En),
    ("Foxglove Systems", "LLC", "com", Lang::En),
    ("Granite Peak Financial", "Corp", "com", Lang::En),
    ("Harborview Logistics", "Inc.", "com", Lang::En),
    ("Ironclad Security", "Inc.", "io", Lang::En),
    ("Juniper Grove", "LLC", "com", Lang::En),
    ("Kestrel AI", "Inc.", "ai", Lang::En),
    ("Lumen Forge", "Inc.", "com", Lang::En),
    ("Maple & Finch", "LLC", "com", Lang::En),
    ("Nimbus Cloudworks", "Inc.", "io", Lang::En),
    ("Orchard Bio", "Inc.", "com", Lang::En),
    ("Pinecone Payments", "Inc.", "com", Lang::En),
    ("Quarry Data", "Corp", "io", Lang::En),
    ("Redwood Mobility", "Inc.", "com", Lang::En),
    ("Saltwater Games", "LLC", "com", Lang::En),
    ("Tidepool Energy", "Inc.", "com", Lang::En),
    ("Umbra Optics", "Corp", "com", Lang::En),
    ("Vantage Point Media", "LLC", "com", Lang::En),
    ("Willow Street Bank", "Corp", "com", Lang::En),
    ("Xylem Road", "Inc.", "io", Lang::En),
    ("Yellowtail Commerce", "Inc.", "com", Lang::En),
    ("Zephyr Aerospace", "Corp", "com", Lang::En),
    ("Amberfield", "Inc.", "com", Lang::En),
    ("Brightwave Telecom", "Corp", "com", Lang::En),
    ("Cobalt Ridge", "LLC", "com", Lang::En),
    ("Dovetail Health", "Inc.", "com", Lang::En),
    ("Everpine Insurance", "Co.", "com", Lang::En),
    ("Fathom Marine", "Inc.", "com", Lang::En),
    ("Glasshouse Studio", "LLC", "co", Lang::En),
    ("Helio Grid", "Inc.", "io", Lang::En),
    ("Indigo Bay Retail", "Corp", "com", Lang::En),
    ("Jetstream Freight", "Inc.", "com", Lang::En),
    ("Keystone Ledger", "Inc.", "com", Lang::En),
    ("Lattice Works", "Inc.", "dev", Lang::En),
    ("Meridian Clinical", "Inc.", "com", Lang::En),
    ("Nova Harbor", "LLC", "com", Lang::En),
    ("Oakline Capital", "LLC", "com", Lang::En),
    ("Parallax Studios", "Inc.", "com", Lang::En),
    ("Quillstone", "Inc.", "io", Lang::En),
    ("Riverbend Foods", "Corp", "com", Lang::En),
    ("Silverleaf Learning", "Inc.", "com", Lang::En),
    ("Trailhead Outdoors", "Inc.", "com", Lang::En),
    ("Upland Robotics", "Inc.", "com", Lang::En),
    ("Verdant Farms", "LLC", "com", Lang::En),
    ("Wavecrest Networks", "Corp", "com", Lang::En),
    ("Axiom Ledger", "Inc.", "io", Lang::En),
    ("Beacon Hill Software", "Inc.", "com", Lang::En),
    ("Cinder Labs", "Inc.", "dev", Lang::En),
    ("Dusk Mountain Games", "LLC", "com", Lang::En),
    ("Evergreen Mutual", "Corp", "com", Lang::En),
    ("Flint & Steel", "Co.", "com", Lang::En),
    ("Golden Hour Media", "LLC", "com", Lang::En),
    ("Hollow Oak", "Inc.", "com", Lang::En),
    ("Inkwell Publishing", "Inc.", "com", Lang::En),
    ("Jade Circuit", "Corp", "com", Lang::En),
    ("Kiteboard", "Inc.", "io", Lang::En),
    ("Lodestar Health", "Inc.", "com", Lang::En),
    ("Mosaic Data", "Inc.", "ai", Lang::En),
    ("Nightjar Security", "LLC", "com", Lang::En),
    ("Outpost Labs", "Inc.", "io", Lang::En),
    ("Prism Payments", "Inc.", "com", Lang::En),
    ("Quantum Orchard", "Inc.", "com", Lang::En),
    ("Rook & Raven", "LLC", "com", Lang::En),
    ("Skyward Aviation", "Corp", "com", Lang::En),
    ("Thistle Bio", "Inc.", "com", Lang::En),
    ("Unison Health", "Inc.", "com", Lang::En),
    ("Vellum", "Inc.", "app", Lang::En),
    ("Wildflower Brands", "LLC", "com", Lang::En),
    ("Yarrow Systems", "Inc.", "com", Lang::En),
    ("Zinnia Technologies", "Corp", "com", Lang::En),
    ("Arcadia Freight", "Inc.", "com", Lang::En),
    ("Boxwood Security", "Inc.", "com", Lang::En),
    ("Canopy Insights", "Inc.", "io", Lang::En),
    ("Deltaforge", "Corp", "com", Lang::En),
    ("Elmstead Partners", "LLC", "com", Lang::En),
    ("Fernbrook Energy", "Inc.", "com", Lang::En),
    ("Gullwing Motors", "Corp", "com", Lang::En),
    ("Highline Analytics", "Inc.", "com", Lang::En),
    ("Islet Therapeutics", "Inc.", "com", Lang::En),
    ("Jasper Cloud", "Inc.", "io", Lang::En),
    ("Kindling", "Inc.", "co", Lang::En),
    ("Longview Insurance", "Co.", "com", Lang::En),
    ("Moonrise Audio", "LLC", "com", Lang::En),
    ("Northstar Learning", "Inc.", "com", Lang::En),
    ("Opal Street", "Inc.", "com", Lang::En),
    ("Peregrine Systems", "Corp", "com", Lang::En),
    ("Quasar Robotics", "Inc.", "com", Lang::En),
    ("Rainmaker CRM", "Inc.", "com", Lang::En),
    ("Sable Point", "LLC", "com", Lang::En),
    ("Tamarack Health", "Inc.", "com", Lang::En),
    ("Urchin Labs", "Inc.", "io", Lang::En),
    ("Vireo Mobile", "Inc.", "com", Lang::En),
    ("Waypoint Travel", "Inc.", "com", Lang::En),
    ("Alder & Ash", "LLC", "com", Lang::En),
    ("Brambleworks", "Inc.", "com", Lang::En),
    ("Clearwater Devices", "Corp", "com", Lang::En),
    ("Daybreak Bank", "Corp", "com", Lang::En),
    ("Eastgate Pharma", "Inc.", "com", Lang::En),
    ("Firefly Payments", "Inc.", "io", Lang::En),
    ("Greystone Realty", "LLC", "com", Lang::En),
    ("Halcyon Software", "Inc.", "com", Lang::En),
    ("Ivory Tower Education", "Inc.", "com", Lang::En),
    ("Juno Freightways", "Inc.", "com", Lang::En),
    ("Kelpie Robotics", "Inc.", "com", Lang::En),
    ("Lighthouse Legal", "LLP", "com", Lang::En),
    ("Marlin Data", "Corp", "com", Lang::En),
    ("Needle Point", "Inc.", "io", Lang::En),
    ("Osprey Genomics", "Inc.", "com", Lang::En),
    ("Pebblestone", "Inc.", "com", Lang::En),
    ("Ridgeline Outfitters", "Co.", "com", Lang::En),
    ("Starling Foods", "Corp", "com", Lang::En),
    // United Kingdom / Ireland
    ("Thames Digital", "Ltd", "co.uk", Lang::En),
    ("Bramley & Oak", "Ltd", "co.uk", Lang::En),
    ("Kingfisher Labs", "Ltd", "co.uk", Lang::En),
    ("Heathrow Analytics", "Ltd", "co.uk", Lang::En),
    ("Cairngorm Software", "Ltd", "co.uk", Lang::En),
    ("Lambeth Health", "plc", "co.uk", Lang::En),
    ("Penrose Fintech", "Ltd", "com", Lang::En),
    ("Shannon Cloud", "Ltd", "ie", Lang::En),
    ("Wharfside Media", "Ltd", "co.uk", Lang::En),
    ("Cotswold Insurance", "plc", "co.uk", Lang::En),
    ("Mersey Robotics", "Ltd", "co.uk", Lang::En),
    ("Pennine Energy", "Ltd", "co.uk", Lang::En),
    // Germany / Austria / Switzerland
    ("Nordlicht Software", "GmbH", "de", Lang::De),
    ("Bergwerk Analytics", "GmbH", "de", Lang::De),
    ("Rheinwerk Mobility", "GmbH", "de", Lang::De),
    ("Sonnenfeld Energie", "AG", "de", Lang::De),
    ("Kranich Logistik", "GmbH", "de", Lang::De),
    ("Fichtenhain Systems", "GmbH", "de", Lang::De),
    ("Isarblick Digital", "GmbH", "de", Lang::De),
    ("Elbflorenz Labs", "GmbH", "de", Lang::De),
    ("Alpenglühen Tech", "GmbH", "at", Lang::De),
    ("Zürichsee Capital", "AG", "ch", Lang::De),
    ("Spreewerk", "GmbH", "de", Lang::De),
    ("Hafenkran Data", "GmbH", "de", Lang::De),
    ("Lindenhof Medizintechnik", "GmbH", "de", Lang::De),
    ("Weserbogen", "GmbH", "de", Lang::De),
    // Spain / Latin America
    ("Olivar Tecnología", "S.L.", "es", Lang::Es),
    ("Brisa Marina", "S.A.", "es", Lang::Es),
    ("Sierra Nevada Datos", "S.L.", "es", Lang::Es),
    ("Azahar Digital", "S.L.", "es", Lang::Es),
    ("Cóndor Pagos", "S.A.", "com", Lang::Es),
    ("Puerto Logística", "S.L.", "es", Lang::Es),
    ("Mirador Software", "S.L.", "es", Lang::Es),
    // France
    ("Lavande Numérique", "SAS", "fr", Lang::Fr),
    ("Belle Rive Énergie", "SA", "fr", Lang::Fr),
    ("Mistral Logiciels", "SAS", "fr", Lang::Fr),
    ("Canal Saint-Martin Data", "SAS", "fr", Lang::Fr),
    ("Garonne Robotique", "SAS", "fr", Lang::Fr),
    // no legal suffix at all
    ("Plume", "", "com", Lang::En),
    ("Tessellate", "", "io", Lang::En),
    ("Cloudberry", "", "com", Lang::En),
    ("Hushline", "", "app", Lang::En),
    ("Sprocket", "", "io", Lang::En),
];

pub(crate) fn company_count() -> usize {
    COMPANIES.len()
}

/// A company with everything derived from its pool entry.
#[derive(Clone, Debug)]
pub(crate) struct Company {
    pub name: &'static str,
    pub legal: String,
    pub slug: String,
    pub domain: String,
    pub lang: Lang,
    pub ats: Source,
    pub wd: u32,
}

const ATS_CYCLE: &[Source] = &[
    Source::Greenhouse,
    Source::Lever,
    Source::Workday,
    Source::Ashby,
    Source::Greenhouse,
    Source::Icims,
    Source::SmartRecruiters,
    Source::Workday,
    Source::Taleo,
    Source::Jobvite,
    Source::Workable,
    Source::BambooHr,
    Source::Greenhouse,
    Source::Lever,
    Source::CompanySite,
    Source::Ashby,
    Source::Workday,
];

pub(crate) fn company(i: usize) -> Company {
    let (name, suffix, tld, lang) = COMPANIES[i % COMPANIES.len()];
    let ascii: String = name
        .chars()
        .map(|c| match c {
            'ü' => 'u',
            'ö' => 'o',
            'ä' => 'a',
            'é' | 'É' => 'e',
            'í' => 'i',
            'ó' => 'o',
            other => other,
        })
        .collect();
    let slug: String = ascii
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let legal = if suffix.is_empty() {
        name.to_string()
    } else if suffix == "Inc." && i.is_multiple_of(3) {
        format!("{name}, Inc.")
    } else {
        format!("{name} {suffix}")
    };
    let ats = match lang {
        Lang::De => [
            Source::SmartRecruiters,
            Source::CompanySite,
            Source::Workday,
        ][i % 3],
        Lang::Es | Lang::Fr => [
            Source::Workable,
            Source::CompanySite,
            Source::SmartRecruiters,
        ][i % 3],
        Lang::En => ATS_CYCLE[(i * 7 + i / 5) % ATS_CYCLE.len()],
    };
    Company {
        name,
        legal,
        domain: format!("{slug}.{tld}"),
        slug,
        lang,
        ats,
        wd: (i as u32 % 12) + 1,
    }
}

impl Company {
    pub fn aliases(&self) -> Vec<String> {
        let mut v = Vec::new();
        if self.legal != self.name {
            v.push(self.legal.clone());
        }
        v.push(self.name.to_uppercase());
        if let Some(first) = self.name.split_whitespace().next()
            && first.len() > 3
            && first != self.name
            && !first.ends_with('&')
        {
            v.push(first.to_string());
        }
        v.push(self.slug.clone());
        v
    }
}

pub(crate) const ROLES: &[&str] = &[
    "Software Engineer",
    "Software Engineer II",
    "Senior Software Engineer",
    "Staff Software Engineer",
    "Principal Engineer",
    "Backend Engineer",
    "Senior Backend Engineer",
    "Frontend Engineer",
    "Full Stack Engineer",
    "Full-Stack Developer",
    "Mobile Engineer (iOS)",
    "Android Developer",
    "Site Reliability Engineer",
    "DevOps Engineer",
    "Platform Engineer",
    "Infrastructure Engineer",
    "Cloud Engineer",
    "Security Engineer",
    "Application Security Engineer",
    "Data Engineer",
    "Senior Data Engineer",
    "Analytics Engineer",
    "Data Scientist",
    "Senior Data Scientist",
    "Machine Learning Engineer",
    "ML Ops Engineer",
    "Research Scientist, NLP",
    "Data Analyst",
    "Business Intelligence Analyst",
    "Product Manager",
    "Senior Product Manager",
    "Technical Product Manager",
    "Product Designer",
    "Senior UX Designer",
    "UX Researcher",
    "Engineering Manager",
    "Engineering Manager, Payments",
    "QA Engineer",
    "Test Automation Engineer",
    "Solutions Architect",
    "Sales Engineer",
    "Customer Success Manager",
    "Technical Writer",
    "Developer Advocate",
    "Database Administrator",
    "Embedded Software Engineer",
    "Firmware Engineer",
    "Systems Administrator",
    "IT Support Specialist",
    "Network Engineer",
    "Program Manager",
    "Technical Program Manager",
    "Project Manager",
    "Scrum Master",
    "Business Analyst",
    "Financial Analyst",
    "Operations Analyst",
    "Marketing Manager",
    "Growth Marketing Manager",
    "Content Strategist",
    "Recruiting Coordinator",
    "Software Engineer, Backend (Rust)",
    "Senior Go Developer",
    "Python Developer",
    "Java Developer",
    "Software Development Engineer in Test",
    "Graduate Software Engineer",
    "Software Engineering Intern",
];

pub(crate) const ROLES_DE: &[&str] = &[
    "Softwareentwickler (m/w/d)",
    "Backend-Entwickler (m/w/d)",
    "Data Engineer (m/w/d)",
    "Senior Java Entwickler (w/m/d)",
    "DevOps Engineer (m/w/d)",
    "Produktmanager (m/w/d)",
];

pub(crate) const ROLES_ES: &[&str] = &[
    "Desarrollador Backend",
    "Ingeniero/a de Software",
    "Analista de Datos",
    "Desarrollador/a Full Stack",
    "Product Manager",
];

/// (display, workday location slug)
pub(crate) const LOCATIONS: &[(&str, &str)] = &[
    ("San Francisco, CA", "USA-CA-San-Francisco"),
    ("New York, NY", "USA-NY-New-York"),
    ("Seattle, WA", "USA-WA-Seattle"),
    ("Austin, TX", "USA-TX-Austin"),
    ("Boston, MA", "USA-MA-Boston"),
    ("Chicago, IL", "USA-IL-Chicago"),
    ("Denver, CO", "USA-CO-Denver"),
    ("Remote (US)", "Remote-USA"),
    ("Toronto, ON", "Canada-ON-Toronto"),
    ("London, UK", "United-Kingdom-London"),
    ("Berlin, Germany", "Germany-Berlin"),
    ("Munich, Germany", "Germany-Munich"),
    ("Madrid, Spain", "Spain-Madrid"),
    ("Paris, France", "France-Paris"),
    ("Dublin, Ireland", "Ireland-Dublin"),
    ("Remote (EMEA)", "Remote-EMEA"),
];

pub(crate) const FIRST: &[&str] = &[
    "Sarah", "Michael", "Priya", "James", "Emily", "David", "Olivia", "Daniel", "Aisha", "Kevin",
    "Rachel", "Tom", "Mei", "Carlos", "Hannah", "Jordan", "Lauren", "Raj", "Sophie", "Marcus",
    "Chloé", "Jonas", "Lena", "Lucía", "Mateo", "Zoë", "Ines", "Noah", "Fatima", "Liam", "Grace",
    "Ethan", "Nadia", "Oscar", "Ravi", "Julia", "Björn", "Amélie", "Kenji", "Tanya",
];

pub(crate) const LAST: &[&str] = &[
    "Johnson",
    "Chen",
    "Patel",
    "Williams",
    "Garcia",
    "Nguyen",
    "Kim",
    "Müller",
    "Schmidt",
    "Rossi",
    "Martínez",
    "O'Brien",
    "Cohen",
    "Singh",
    "Brown",
    "Taylor",
    "Anderson",
    "Lopez",
    "Fischer",
    "Dubois",
    "Kowalski",
    "Okafor",
    "Hughes",
    "Reyes",
    "Park",
    "Murphy",
    "Novak",
    "Larsen",
    "Costa",
    "Bauer",
    "Ito",
    "Walsh",
    "Moreau",
    "Silva",
    "Hoffmann",
    "Davies",
];

/// (agency name, domain)
pub(crate) const AGENCIES: &[(&str, &str)] = &[
    ("Talentbridge Partners", "talentbridge-partners.com"),
    ("Apex Technical Recruiting", "apextechrecruit.com"),
    ("Blue Harbor Staffing", "blueharborstaffing.com"),
    ("Summit Search Group", "summitsearchgroup.io"),
    ("Keystone Talent", "keystonetalent.co"),
    ("Hirewell Consulting", "hirewellconsulting.net"),
    ("Crestline Recruitment", "crestline-recruitment.co.uk"),
    ("Brightpath Talent Solutions", "brightpathtalent.com"),
    ("Signal Hire Partners", "signalhirepartners.com"),
    ("Meridian Executive Search", "meridian-exec.com"),
    ("Codepath Staffing", "codepathstaffing.com"),
    ("Vertex People", "vertexpeople.de"),
];

pub(crate) const TIMEZONES: &[(i32, &str)] = &[
    (0, "UTC"),
    (0, "GMT"),
    (-8 * 3600, "PST"),
    (-7 * 3600, "PDT"),
    (-5 * 3600, "EST"),
    (-4 * 3600, "EDT"),
    (-6 * 3600, "CST"),
    (3600, "CET"),
    (2 * 3600, "CEST"),
    (19800, "IST"),
    (9 * 3600, "JST"),
    (10 * 3600, "AEST"),
    (-3 * 3600, ""),
];

pub(crate) const SHOPS: &[(&str, &str)] = &[
    ("Northbay Outfitters", "northbayoutfitters.com"),
    ("Kitchen Corner", "kitchencorner.com"),
    ("PixelPort Electronics", "pixelport.com"),
    ("Greenleaf Grocers", "greenleafgrocers.com"),
    ("Bookhaven", "bookhaven.com"),
    ("Urban Thread", "urbanthread.co"),
    ("HomeNest", "homenest.com"),
    ("Trailmix Sports", "trailmixsports.com"),
    ("Petsworth", "petsworth.com"),
    ("Luma Beauty", "lumabeauty.com"),
    ("Boulangerie Dupain", "dupain.fr"),
    ("Zapatería Sol", "zapateriasol.es"),
    ("Technikmarkt Ost", "technikmarkt-ost.de"),
];

pub(crate) const BANKS: &[(&str, &str)] = &[
    ("Harbor Federal Credit Union", "harborfcu.org"),
    ("Summit National Bank", "summitnational.com"),
    ("Everline Card Services", "everlinecard.com"),
    ("Cascade Savings", "cascadesavings.com"),
    ("Tallgrass Bank", "tallgrassbank.com"),
];

pub(crate) const CARRIERS: &[(&str, &str, &str)] = &[
    ("UPS", "ups.com", "1Z"),
    ("FedEx", "fedex.com", ""),
    ("USPS", "usps.com", "9400"),
    ("DHL", "dhl.com", "JD"),
    ("Royal Mail", "royalmail.com", "RM"),
];

/// (newsletter name, sender address, topic index)
pub(crate) const NEWSLETTERS: &[(&str, &str, usize)] = &[
    ("The Morning Byte", "hello@morningbyte.news", 0),
    ("Rust Weekly Digest", "digest@rustweekly.dev", 0),
    ("Frontend Focus Weekly", "newsletter@frontendfocus.io", 0),
    ("Sunday Supper", "recipes@sundaysupper.kitchen", 1),
    ("The Market Brief", "brief@marketbrief.co", 2),
    ("Career Rocket Podcast", "episodes@careerrocket.fm", 3),
    ("The Interview Hour", "newsletter@interviewhour.show", 3),
    ("Trail Notes", "notes@trailnotes.org", 4),
    ("Deep Learning Dispatch", "dispatch@dldispatch.ai", 0),
    ("City Culture Guide", "events@cityculture.guide", 4),
    ("Le Petit Numérique", "lettre@petitnumerique.fr", 5),
    ("Tech-Briefing am Morgen", "newsletter@techbriefing.de", 6),
];

pub(crate) const SOCIAL: &[(&str, &str)] = &[
    ("Facebook", "notification@facebookmail.com"),
    ("Instagram", "no-reply@mail.instagram.com"),
    ("X", "info@x.com"),
    ("Reddit", "noreply@redditmail.com"),
    ("Strava", "no-reply@strava.com"),
    ("GitHub", "notifications@github.com"),
    ("Nextdoor", "reply@rs.email.nextdoor.com"),
    ("LinkedIn", "messaging-digest-noreply@linkedin.com"),
    ("LinkedIn", "notifications-noreply@linkedin.com"),
    ("Meetup", "info@meetup.com"),
];

pub(crate) const MAILING_LISTS: &[(&str, &str)] = &[
    ("rust-users", "users.rust-lang.example.org"),
    ("postgres-general", "lists.postgresql.example.org"),
    ("neighborhood-assoc", "googlegroups.com"),
    ("debian-user", "lists.debian.example.org"),
    ("bike-club", "groups.io"),
];

pub(crate) const WORDS_TECH: &[&str] = &[
    "compiler",
    "latency",
    "cache",
    "database",
    "release",
    "benchmark",
    "runtime",
    "framework",
    "container",
    "cluster",
    "migration",
    "schema",
    "pipeline",
    "kernel",
    "browser",
    "protocol",
    "model",
    "dataset",
    "GPU",
    "API",
    "query planner",
    "index",
    "scheduler",
    "allocator",
];
pub(crate) const WORDS_FOOD: &[&str] = &[
    "sourdough",
    "braised leeks",
    "lemon tart",
    "ramen broth",
    "roasted squash",
    "pesto",
    "cast-iron skillet",
    "weeknight curry",
    "olive oil cake",
    "miso glaze",
    "chickpeas",
];
pub(crate) const WORDS_FIN: &[&str] = &[
    "bond yields",
    "the Fed",
    "earnings season",
    "inflation",
    "small caps",
    "the dollar",
    "mortgage rates",
    "oil prices",
    "index funds",
    "consumer spending",
    "treasuries",
];
pub(crate) const WORDS_CAREER: &[&str] = &[
    "interview",
    "salary negotiation",
    "resume",
    "career change",
    "hiring manager",
    "behavioral question",
    "offer letter",
    "networking",
    "portfolio",
    "job search",
];
pub(crate) const WORDS_LOCAL: &[&str] = &[
    "farmers market",
    "jazz night",
    "trail run",
    "museum exhibit",
    "street festival",
    "open mic",
    "gallery opening",
    "film screening",
    "book fair",
    "community garden",
];
