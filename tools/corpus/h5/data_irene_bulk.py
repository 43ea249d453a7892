# -*- coding: utf-8 -*-
"""Irene: everyday bulk mail generated from hand-written snippets.
Each stream keeps one sender's style (as real senders do) while the
content changes from message to message."""
import datetime as dt
from eml_lib import M, clean
from bulk_lib import weekly, monthly, random_dates, fmt_date, eur

ME = "Irene Castaño Ruiz <irene.castano.ruiz@gmail.com>"
ME_OLD = "Irene Castaño <irecasta93@hotmail.com>"
START = dt.date(2024, 9, 9)
END = dt.date(2025, 1, 28)


def N(kind, lang="es"):
    return dict(label="not_job", kind=kind, lang=lang)


# ----------------------------------------------------------------------------- Frontendeando
FE_INTROS = [
    "Semana corta pero intensa. Vamos al lío.",
    "Hoy os escribo desde el tren, así que perdonad las erratas.",
    "Esta semana me ha tocado pelearme con Safari. Safari ganó.",
    "Gracias a los que respondisteis a la encuesta del número pasado: sois 4.300 ya. Flipo.",
    "Número especial de CSS porque me apetece y porque es mi newsletter.",
    "He estado de vacaciones y el mundo frontend ha seguido girando sin mí. Resumen:",
    "Hoy vengo con poco texto y muchos enlaces.",
    "Esta semana se ha hablado mucho de frameworks. Yo sigo con mi jQuery (es broma).",
    "Os dejo lo mejor que he leído estos días mientras migraba un proyecto a Vite.",
    "Se acaba el año y toca hacer balance. Spoiler: este año ha sido el de los Server Components.",
    "Número un poco más corto, que estoy con gripe.",
    "Empezamos temporada. ¿Qué tal la vuelta?",
    "Feliz año, frontendeador@. Que 2025 traiga menos dependencias y más tests.",
    "Hoy toca accesibilidad, que nunca sobra.",
    "Semana de conferencias: os resumo las charlas que más me gustaron.",
    "Una semana tranquila en el ecosistema (por fin). Aprovecho para recomendaros cosas viejas pero buenas.",
    "Me preguntáis mucho por testing, así que ahí va un número casi monográfico.",
    "Llega el frío y con él las releases.",
]
FE_LINKS = [
    "Container queries en producción: lo que aprendimos", "Cómo migrar de Jest a Vitest sin morir",
    "Signals en Angular 18, explicado con dibujitos", "Por qué tu LCP es malo (y no es culpa de la imagen)",
    "Un año con Astro en un medio de comunicación", "Guía práctica de ARIA live regions",
    "El coste real de un bundle de 300 KB en un móvil de gama media", "Tailwind vs CSS Modules: la pelea eterna",
    "Playwright component testing, ¿merece la pena?", "Cómo documentar un design system que la gente lea",
    "Nuevo en Chrome: scroll-driven animations", "Qué es eso de las Islands y por qué te debería importar",
    "Vue 3.5: novedades que sí vas a usar", "TypeScript 5.6 y las comprobaciones que te salvarán la vida",
    "Formularios accesibles: los 10 errores de siempre", "React 19 RC: resumen sin humo",
    "El patrón 'headless UI' explicado en 5 minutos", "Fuentes variables: menos peticiones, más estilo",
    "Cómo hacer code review de CSS", "Node 22 pasa a LTS: qué cambia",
    "El estado de los micro-frontends en 2024", "Web Components: ¿por fin su momento?",
    "Core Web Vitals: INP sustituye a FID, y ahora qué", "Un visualizador de bundles que vas a amar",
    "Diseñar para modo oscuro sin volverse loco", "Server Actions: ventajas y trampas",
    "Monorepos con pnpm workspaces paso a paso", "Cómo testear hooks sin testear implementación",
    "La View Transitions API entre documentos", "Popover API: adiós a los z-index infinitos",
    "Temas con CSS custom properties y color-mix()", "Lecciones de un rediseño fallido",
    "Estimar tareas de frontend (y no mentir)", "Tipografía fluida con clamp()",
    "Storybook 8: lo bueno y lo raro", "Los selectores :is() y :where() en la práctica",
    "Subgrid ya funciona en todos los navegadores", "Cómo medir el rendimiento real con RUM",
    "Zustand, Jotai o Context: elegir sin dogmas", "Pruebas de regresión visual baratas",
    "Internacionalización con Intl sin librerías", "Qué hacer cuando npm install tarda 10 minutos",
    "El atributo inert y los modales", "Animaciones que respetan prefers-reduced-motion",
    "Un CMS headless para un equipo editorial de 40 personas", "Adiós a Create React App",
    "Cómo escribir un buen README para tu librería", "Optimizar imágenes con AVIF en 2025",
    "Checklist de accesibilidad para una PR", "Errores típicos con useEffect (otra vez)",
    "SSR vs SSG vs ISR: la tabla definitiva", "Mi setup de VS Code para frontend",
    "Cómo organizamos los tokens de diseño en tres marcas", "La guerra de los bundlers: Rspack, Turbopack y Vite",
    "El coste de las fuentes de Google en tu LCP", "Depurar memory leaks en SPAs",
]


def frontendeando(rng):
    global FE_ORDER
    FE_ORDER = FE_LINKS[:]
    rng.shuffle(FE_ORDER)
    specs = []
    dates = weekly(START, END, 3, 7, 5, rng, skip={dt.date(2024, 10, 3), dt.date(2024, 12, 26)})
    num = 139
    for i, d in enumerate(dates):
        num = 139 + i + (1 if d.date() > dt.date(2024, 10, 3) else 0)
        links = [FE_ORDER[(3 * i + k) % len(FE_ORDER)] for k in range(3 + (i % 2))]
        intro = FE_INTROS[i % len(FE_INTROS)]
        subj = "#%d · %s" % (num, links[0])
        body = "¡Hola, frontendeador@!\n\n%s\n\n🔗 Lo mejor de la semana\n\n" % intro
        for l in links:
            body += "- %s\n" % l
        body += ("\n💼 Rincón del patrocinador\nEsta edición llega gracias a un hosting que no nombraré hasta que me pague. "
                 "(Es broma, no hay patrocinador esta semana.)\n\nJorge, desde Zaragoza\n\n"
                 "Te has suscrito a Frontendeando. Darte de baja: https://frontendeando.dev/baja\n") if i % 3 == 1 else \
                "\nNos leemos la semana que viene.\nJorge\n\nDarte de baja: https://frontendeando.dev/baja\n"
        specs.append(M("fe-%d" % num, fmt_date(d), "Frontendeando <hola@frontendeando.dev>", ME, subj, body,
                       fmt="alt", brand="Frontendeando", color="#f0a500", mid_style="sendgrid",
                       label=N("newsletter")))
    return specs


# ----------------------------------------------------------------------------- JS Digest (en)
JS_LINKS = [
    ("Understanding the React Compiler", "A deep dive into what the new compiler actually memoizes."),
    ("The Baseline 2024 features you can use today", "Everything that became widely available this year."),
    ("Deno 2.0 is here", "npm compatibility, workspaces and a long-term support channel."),
    ("How we cut our hydration time by 60%", "A case study from a large e-commerce site."),
    ("A gentle introduction to Temporal", "Finally, a sane date API is landing in browsers."),
    ("Bun vs Node: a fair benchmark?", "Spoiler: it depends on what you measure."),
    ("Write less JavaScript with HTML forms", "Progressive enhancement is back in fashion."),
    ("The many ways to debounce in React", "And why most of them are subtly wrong."),
    ("ESLint 9 flat config migration guide", "Less magic, more JavaScript."),
    ("Iterator helpers ship in all major engines", "map, filter and take on iterators, natively."),
    ("Svelte 5 runes in practice", "What changes when reactivity becomes explicit."),
    ("Building an accessible combobox from scratch", "It's harder than it looks. Here's how."),
    ("Vite 6 released", "Environment API, new defaults and faster cold starts."),
    ("Why we moved off microfrontends", "A candid retrospective from a fintech team."),
    ("A visual guide to the event loop", "Tasks, microtasks and rendering, with animations."),
    ("Error handling patterns in TypeScript", "Result types, exceptions and the middle ground."),
    ("Next.js 15 and the caching changes", "What's no longer cached by default."),
    ("State of JS 2024 results are out", "Some surprises in the testing category."),
    ("Node.js now runs TypeScript natively (almost)", "Type stripping lands behind a flag."),
    ("Shadow DOM and forms, finally friends", "Form-associated custom elements explained."),
]


def jsdigest(rng):
    specs = []
    dates = weekly(START + dt.timedelta(days=1), END, 1, 17, 30, rng)[::2]
    pool = JS_LINKS[:]
    rng.shuffle(pool)
    for i, d in enumerate(dates):
        items = pool[(i * 3) % len(pool):(i * 3) % len(pool) + 3] or pool[:3]
        issue = 710 + 2 * i
        subj = "JS Digest #%d: %s" % (issue, items[0][0])
        body = "JS Digest — Issue #%d\n\n" % issue
        for t, s in items:
            body += "%s\n%s\n\n" % (t, s)
        body += "Jobs: see this week's featured roles at jsdigest.io/jobs\n\nYou're receiving this because you subscribed at jsdigest.io. Unsubscribe.\n"
        specs.append(M("js-%d" % issue, fmt_date(d), "JS Digest <newsletter@jsdigest.io>", ME, subj, body,
                       fmt="alt", brand="JS Digest", color="#f7df1e", tz="UTC", mid_style="ses",
                       ses_region="us-east-1.amazonses.com", label=N("newsletter", "en")))
    return specs


# ----------------------------------------------------------------------------- Amazon
AMZ_ITEMS = [
    ("Teclado mecánico Keychron K2 (switch marrón)", 89.99), ("Funda para portátil 14\" gris", 19.49),
    ("Libro: 'Refactoring UI'", 42.00), ("Cinta de escalada Metolius 2,5 cm", 11.90),
    ("Regleta con USB-C 6 tomas", 24.99), ("Cafetera italiana Bialetti 6 tazas", 31.50),
    ("Cajas de cartón para mudanza (pack de 20)", 36.90), ("Cinta de embalar marrón (6 rollos)", 12.99),
    ("Auriculares con cancelación de ruido", 129.00), ("Cable HDMI 2.1 2 m", 9.99),
    ("Soporte de monitor ajustable", 45.80), ("Lámpara de escritorio LED", 27.99),
    ("Juego de toallas (4 piezas)", 29.95), ("Libro: 'Inclusive Components'", 34.60),
    ("Magnesio en bloque para escalada", 6.50), ("Termo de acero 750 ml", 18.90),
]


def amazon(rng):
    specs = []
    dates = random_dates(START, END - dt.timedelta(days=4), 8, rng, hours=(9, 24))
    items = rng.sample(AMZ_ITEMS, 8)
    for i, (d, (item, price)) in enumerate(zip(dates, items)):
        order = "407-%07d-%07d" % (rng.randint(0, 9999999), rng.randint(0, 9999999))
        specs.append(M("amz-o%d" % i, fmt_date(d), "Amazon.es <confirmar-envio@amazon.es>", ME,
                       "Tu pedido de Amazon.es de «%s»" % (item[:38] + ("..." if len(item) > 38 else "")), clean("""
Hola Irene:

Gracias por tu pedido. Te enviaremos una confirmación cuando el artículo se haya enviado.

Pedido n.º %s
Llegada: %s

%s
Cantidad: 1
%s

Total del pedido: %s

Dirección de envío: Irene Castaño, Madrid, 28012

Puedes consultar el estado de tu pedido o cambiarlo en Tus pedidos en Amazon.es.
""") % (order, ["mañana", "el jueves", "el lunes", "pasado mañana"][i % 4], item, eur(price), eur(price)),
            fmt="html", brand="amazon.es", color="#232f3e", mid_style="ses", label=N("order-confirmation")))
        if i % 3 != 2:
            d2 = d + dt.timedelta(days=1 + i % 2, hours=rng.randint(-6, 6))
            specs.append(M("amz-s%d" % i, fmt_date(d2), "Amazon.es <confirmar-envio@amazon.es>", ME,
                           ["Enviado: «%s»", "Tu paquete con «%s» está en camino", "Entregado: «%s»"][i % 3] % item[:40],
                           clean("""
Hola Irene:

%s

%s
Pedido n.º %s

Transportista: %s
Seguimiento: https://www.amazon.es/progress-tracker/package?orderId=%s

Gracias por comprar con nosotros.
""") % (["Tu paquete se ha enviado.", "Tu paquete llega hoy. Puedes seguir su recorrido en tiempo real.",
         "Tu paquete se ha entregado. Se dejó en el buzón/portería."][i % 3], item, order,
        ["Amazon Logistics", "Correos Express", "SEUR"][i % 3], order),
                fmt="html", brand="amazon.es", color="#232f3e", mid_style="ses", label=N("shipping")))
    return specs


# ----------------------------------------------------------------------------- Glovo
GLOVO = [("Sushi Kiro", ["Combo 24 piezas", "Gyozas de pollo"], 27.40), ("La Pizzería de Tirso", ["Pizza margarita", "Pizza 4 quesos"], 24.90),
         ("Burger Lavapiés", ["Burger clásica", "Patatas trufadas"], 18.60), ("Farmacia 24h Atocha", ["Ibuprofeno 600", "Termómetro"], 12.35),
         ("Tandoori Lavapiés", ["Pollo tikka masala", "Naan de ajo", "Arroz basmati"], 22.10),
         ("Poke House Embajadores", ["Poke de salmón", "Kombucha"], 16.80), ("Supermercado Exprés", ["Leche", "Pan de molde", "Huevos", "Café"], 14.95)]


def glovo(rng):
    specs = []
    dates = random_dates(START, END, 7, rng, hours=(13, 23))
    for i, (d, (shop, items, total)) in enumerate(zip(dates, GLOVO)):
        lines = "\n".join("1x %s" % x for x in items)
        specs.append(M("glovo-%d" % i, fmt_date(d), "Glovo <no-reply@glovoapp.com>", ME,
                       "Tu pedido de %s" % shop, clean("""
¡Gracias por pedir con Glovo, Irene!

%s
%s

Gastos de envío: 1,99 €
Total: %s
Pagado con Visa ····4417

¿Algún problema con tu pedido? Contacta con nosotros desde la app.
""") % (shop, lines, eur(total)), fmt="html", brand="glovo", color="#ffc244", mid_style="sendgrid",
            label=N("receipt")))
    return specs


# ----------------------------------------------------------------------------- Bank
SHOPS = ["MERCADONA EMBAJADORES", "CARREFOUR EXPRESS ATOCHA", "FNAC CALLAO", "RENFE VIAJEROS", "FARMACIA LAVAPIES",
         "BAR EL BOLA", "LIBRERIA TIPOS MOVILES", "ZARA GRAN VIA", "CINES PALAFOX", "BLOQUE 9 ESCALADA",
         "IKEA SAN SEBASTIAN REYES", "DECATHLON ALCALA", "TAPERIA LA LATINA"]
BIZUM_FROM = [("CARMEN CASTAÑO RUIZ", "regalo papá"), ("NURIA BELTRAN", "cena sábado"), ("JAVIER MONTES", "luz"),
              ("SERGIO VIDAL", "bote cumple"), ("ALVARO CASTAÑO RUIZ", "casa rural")]


def bank(rng):
    specs = []
    dates = random_dates(START, END, 9, rng, hours=(9, 22))
    for i, d in enumerate(dates):
        shop = SHOPS[rng.randrange(len(SHOPS))]
        amount = round(rng.uniform(4, 180), 2)
        specs.append(M("bank-c%d" % i, fmt_date(d), "Banco Meridiano <avisos@bancomeridiano.es>",
                       ME_OLD if i % 2 else ME,
                       "Compra con tu tarjeta por %s" % eur(amount), clean("""
Hola Irene,

Se ha realizado una compra con tu tarjeta de débito terminada en 4417:

Comercio: %s
Importe: %s
Fecha: %s

Si no reconoces esta operación, llámanos al 900 10 20 30 o bloquea tu tarjeta desde la app.

Banco Meridiano
""") % (shop, eur(amount), d.strftime("%d/%m/%Y %H:%M")), fmt="html", brand="Banco Meridiano", color="#004b87",
            label=N("bank-alert")))
    for i, (d, (who, concept)) in enumerate(zip(random_dates(START, END, 5, rng, hours=(10, 23)), BIZUM_FROM)):
        amount = rng.choice([10, 15, 20, 25, 36.5, 45])
        specs.append(M("bank-b%d" % i, fmt_date(d), "Banco Meridiano <avisos@bancomeridiano.es>", ME,
                       "Has recibido un Bizum de %s" % eur(amount), clean("""
Has recibido %s de %s.
Concepto: %s

Ya lo tienes disponible en tu cuenta ····9021.
""") % (eur(amount), who, concept), fmt="html", brand="Banco Meridiano", color="#004b87", label=N("bank-bizum")))
    for d in monthly(START, END, 3, 8, rng):
        mes = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"][(d.month - 2) % 12]
        specs.append(M("bank-x%s" % d.strftime("%m"), fmt_date(d), "Banco Meridiano <documentos@bancomeridiano.es>", ME_OLD,
                       "Ya tienes disponible tu extracto de %s" % mes, clean("""
Hola Irene:

Ya puedes consultar el extracto de tu Cuenta Meridiano correspondiente al mes de %s en la sección Documentos de la app o de la web.

Por tu seguridad, nunca te pediremos claves ni códigos por correo electrónico.

Banco Meridiano
""") % mes, label=N("bank-statement")))
    return specs


# ----------------------------------------------------------------------------- Telco / utilities
def utilities(rng):
    specs = []
    for d in monthly(START, END, 6, 10, rng):
        amount = round(rng.uniform(38, 41.5), 2)
        specs.append(M("voz-%s" % d.strftime("%y%m"), fmt_date(d), "Vozmóvil <facturas@vozmovil.es>", ME,
                       "Tu factura de %s ya está disponible" % ["enero", "febrero", "marzo", "abril", "mayo", "junio",
                                                               "julio", "agosto", "septiembre", "octubre", "noviembre",
                                                               "diciembre"][d.month - 1],
                       clean("""
Hola Irene,

Tu factura ya está disponible.

Importe: %s
Fecha de cargo: %s
Cuenta: ES** **** **** **** **** 9021

Consúltala en Mi Vozmóvil: https://vozmovil.es/mi-cuenta/facturas
""") % (eur(amount), (d + dt.timedelta(days=5)).strftime("%d/%m/%Y")), fmt="html", brand="vozmóvil",
            color="#e6007e", label=N("telecom-bill")))
    for i, d in enumerate([dt.datetime(2024, 9, 24, 11, 3), dt.datetime(2024, 11, 22, 10, 48),
                           dt.datetime(2025, 1, 23, 12, 15)]):
        amount = [61.37, 74.02, 58.90][i]
        specs.append(M("luz-%d" % i, fmt_date(d), "Energía de Barrio <clientes@energiadebarrio.es>", ME,
                       "Factura de luz %s" % ["julio-agosto", "septiembre-octubre", "noviembre-diciembre"][i], clean("""
Hola Irene:

Te enviamos tu factura de electricidad del periodo %s.

Consumo: %d kWh
Importe total: %s
Dirección de suministro: %s

La cargaremos en tu cuenta en los próximos días. Descárgala en PDF desde tu área de cliente.

Gracias por elegir energía 100 %% renovable.
Energía de Barrio
""") % (["09/07 - 08/09", "09/09 - 08/11", "09/11 - 08/01"][i], [231, 298, 214][i], eur(amount),
        "C/ Ave María 14, 2º izq." if i < 2 else "C/ General Ricardos 152, 5º A"),
            charset="iso-8859-1", cte="quoted-printable", label=N("utility-bill")))
    return specs


# ----------------------------------------------------------------------------- Subscriptions / tech
def subscriptions(rng):
    specs = []
    for d in monthly(START, END, 14, 5, rng):
        specs.append(M("spot-%s" % d.strftime("%y%m"), fmt_date(d), "Spotify <no-reply@spotify.com>", ME,
                       "Tu recibo de Spotify", clean("""
Hola, Irene:

Gracias por seguir con Premium Duo.

Fecha: %s
Importe: 14,99 €
Método de pago: Visa ····4417

Consulta tus recibos en tu cuenta: https://www.spotify.com/es/account/
""") % d.strftime("%d/%m/%Y"), fmt="html", brand="Spotify", color="#1db954", tz="UTC", label=N("subscription-receipt")))
    gh = [
        ("[irenecastano/a11y-kit] Tooltip is announced twice by VoiceOver (Issue #48)",
         "marta-devs opened an issue:\n\nOn Safari 17 + VoiceOver, the Tooltip content is read twice when focusing the trigger. I think aria-describedby is set on both the wrapper and the button.\n\nRepro: https://codesandbox.io/p/sandbox/a11y-kit-tooltip-48\n\n—\nReply to this email directly or view it on GitHub."),
        ("Re: [irenecastano/a11y-kit] Tooltip is announced twice by VoiceOver (Issue #48)",
         "@marta-devs good catch, thanks! Fixed in #49, will release 0.9.2 this weekend.\n\n—\nReply to this email directly or view it on GitHub."),
        ("[irenecastano/a11y-kit] feat: add Combobox with async options (PR #52)",
         "jkowalski wants to merge 6 commits into main from feat/async-combobox\n\nThis adds an async mode to Combobox, with aria-busy while loading and a live region for the results count.\n\n—\nYou are receiving this because you are the repository owner."),
        ("[irenecastano/a11y-kit] Release v0.10.0",
         "Release v0.10.0 published by irenecastano\n\n- Combobox async mode (#52)\n- Fix double announcement in Tooltip (#49)\n- Docs: dark mode tokens\n"),
        ("[GitHub] A third-party OAuth application has been added to your account",
         "Hey irenecastano!\n\nA third-party OAuth application (Vercel) with read:user, repo scopes was recently authorized to access your account.\n\nIf you did not do this, revoke it from your settings.\n\nThanks,\nThe GitHub Team"),
        ("[irenecastano/a11y-kit] Dialog: focus not returned to trigger on close in Firefox (Issue #55)",
         "tomasgp opened an issue:\n\nWhen the Dialog is closed with Escape in Firefox 132 the focus goes to <body>. Expected: back to the button that opened it.\n\n—\nReply to this email directly or view it on GitHub."),
        ("Your GitHub Sponsors payout for November",
         "Hi @irenecastano,\n\nYou received $15.00 from 3 sponsors in November. The payout will be sent to your bank account within 7 days.\n\nThank you for maintaining open source!\nGitHub Sponsors"),
        ("[irenecastano/a11y-kit] Dependabot: bump vite from 5.4.8 to 5.4.11 (PR #58)",
         "Bumps vite from 5.4.8 to 5.4.11.\n\nRelease notes: sourced from vite's releases.\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself."),
    ]
    for i, (d, (s, b)) in enumerate(zip(random_dates(START, END, len(gh), rng, hours=(7, 24)), gh)):
        fr = "GitHub <noreply@github.com>" if i in (4, 6) else "%s <notifications@github.com>" % (
            ["marta-devs", "Irene Castaño", "jkowalski", "Irene Castaño", "", "tomasgp", "", "dependabot[bot]"][i])
        specs.append(M("gh-%d" % i, fmt_date(d), fr, ME, s, b + "\n", tz="UTC", mid_domain="github.com",
                       label=N("dev-notification", "en")))
    vercel = [("Failed production deployment on team irenecastano – a11y-kit-docs",
               "A production deployment of a11y-kit-docs failed.\n\nBranch: main\nCommit: docs: add combobox examples\nError: Type error: Property 'options' does not exist on type 'ComboboxProps'.\n\nView build logs: https://vercel.com/irenecastano/a11y-kit-docs"),
              ("Your usage on Vercel is approaching the Hobby limits",
               "Your team irenecastano has used 85% of the included Image Optimization source images this month.\n\nLearn more about limits or upgrade to Pro."),
              ("Failed preview deployment on team irenecastano – portfolio",
               "A preview deployment of portfolio failed on branch redesign-2025.\n\nError: Command \"npm run build\" exited with 1\n\nView build logs.")]
    for i, (d, (s, b)) in enumerate(zip(random_dates(START, END, 3, rng, hours=(10, 24)), vercel)):
        specs.append(M("vercel-%d" % i, fmt_date(d), "Vercel <notifications@vercel.com>", ME, s, b + "\n",
                       fmt="alt", brand="▲ Vercel", color="#000000", tz="UTC", label=N("dev-notification", "en")))
    g = [(dt.datetime(2024, 9, 27, 23, 12), "Alerta de seguridad",
          "Nuevo inicio de sesión en Mac\n\nirene.castano.ruiz@gmail.com\n\nHemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Mac. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.\n\nComprobar actividad: https://myaccount.google.com/notifications"),
         (dt.datetime(2024, 11, 9, 10, 2), "Tu almacenamiento de Google está casi lleno",
          "Has usado el 91 % de tus 15 GB. Cuando se llene, no podrás recibir correos nuevos en Gmail.\n\nLibera espacio o consigue más almacenamiento con Google One."),
         (dt.datetime(2025, 1, 7, 8, 55), "Alerta de seguridad",
          "Se ha concedido acceso a tu cuenta de Google a Kuadra Workspace Sync\n\nirene.castano.ruiz@gmail.com\n\nSi no has concedido el acceso, revisa la actividad y protege tu cuenta.")]
    for i, (d, s, b) in enumerate(g):
        specs.append(M("goog-%d" % i, d, "Google <no-reply@accounts.google.com>", ME, s, b + "\n",
                       fmt="alt", brand="Google", color="#1a73e8", tz="UTC", label=N("account-security")))
    return specs


# ----------------------------------------------------------------------------- Google Calendar reminders
CAL = [("2024-09-16 08:30", "Alemán A2 - matrícula", "lun 16 sept 2024 9:30 – 10:00"),
       ("2024-10-09 16:30", "Dentista Sonríe Retiro", "mié 9 oct 2024 17:30 – 18:30"),
       ("2024-10-12 19:00", "Cumple Sergio 🎂", "sáb 12 oct 2024 20:00 – 23:59"),
       ("2024-10-19 07:30", "Patones con Bloque 9", "sáb 19 oct 2024 8:30 – 18:00"),
       ("2024-11-14 09:00", "Llamar a papá (65!!)", "jue 14 nov 2024 10:00 – 10:30"),
       ("2024-11-23 20:00", "Cena Kate y Tom - Casa Lucas", "sáb 23 nov 2024 21:00 – 23:30"),
       ("2024-12-03 08:40", "Médico de cabecera", "mar 3 dic 2024 9:40 – 10:00"),
       ("2024-12-23 14:00", "Tren Valladolid 16:05 Chamartín", "lun 23 dic 2024 16:05 – 17:10"),
       ("2025-01-04 07:00", "MUDANZA 🚚", "sáb 4 ene 2025 8:00 – 14:00"),
       ("2025-01-07 08:00", "Primer día Kuadra!!", "mar 7 ene 2025 9:00 – 18:00")]


def calendar(rng):
    specs = []
    for i, (d, t, when) in enumerate(CAL):
        specs.append(M("cal-%d" % i, d, "Google Calendar <calendar-notification@google.com>", ME,
                       "Notificación: %s @ %s (CET) (%s)" % (t, when, "irene.castano.ruiz@gmail.com"), clean("""
%s
%s (hora central europea - Madrid)

Calendario
irene.castano.ruiz@gmail.com

Recibes este correo porque has configurado notificaciones para este evento en Google Calendar.
Olvidar este evento: https://calendar.google.com/calendar/event?action=VIEW&eid=%s
""") % (t, when, "%x" % rng.getrandbits(64)), fmt="alt", brand="Google Calendar", color="#1a73e8",
            label=N("calendar-reminder")))
    return specs


# ----------------------------------------------------------------------------- promotions
PROMOS = [
    ("Deportes Cumbre <hola@deportescumbre.es>", "🧗 Pies de gato desde 59 € y 20 % en cuerdas", "Temporada de roca: renueva tu material. Pies de gato, arneses y cuerdas con hasta el 20 % de descuento. Solo hasta el domingo."),
    ("Librería Tipos Móviles <club@tiposmoviles.es>", "Tu cupón de 5 € por ser del club", "Hola Irene, este mes tienes un cupón de 5 € para gastar en cualquier libro. Y ya están aquí las novedades de otoño."),
    ("Filmin <novedades@filmin.es>", "Estrenos de la semana en Filmin", "Esta semana: ciclo de cine coreano, una serie danesa que nos tiene enganchados y el documental que arrasó en San Sebastián."),
    ("Moda Aravaca <news@modaaravaca.com>", "BLACK FRIDAY: -30 % en todo", "Solo 72 horas. 30 % de descuento en toda la colección de invierno. Envío gratis."),
    ("Too Good To Go <hello@toogoodtogo.es>", "Has salvado 12 packs este año 🌍", "Irene, este año has evitado el desperdicio de 12 packs de comida. ¡Sigue así!"),
    ("Deportes Cumbre <hola@deportescumbre.es>", "Black Friday adelantado para socios", "Como eres socia del club Cumbre, tienes acceso 24 horas antes a todos los descuentos de Black Friday."),
    ("IKEA Family <ikeafamily@email.ikea.es>", "Ideas para tu nuevo hogar", "¿Mudanza a la vista? Descubre nuestras soluciones de almacenaje para pisos pequeños y aprovecha los precios Family."),
    ("Filmin <novedades@filmin.es>", "Lo que no te puedes perder en diciembre", "Clásicos navideños, lo mejor del año según nuestros editores y un regalo para ti: tres meses al precio de dos."),
    ("Café Pradera Tostadores <tienda@cafepradera.es>", "Nuevo origen: Etiopía Guji 🇪🇹", "Notas de arándano y jazmín. Tueste claro, perfecto para V60. Envío gratis desde 30 €."),
    ("Moda Aravaca <news@modaaravaca.com>", "Rebajas: hasta -50 %", "Empiezan las rebajas de invierno. Hasta el 50 % en abrigos, punto y botas."),
    ("Librería Tipos Móviles <club@tiposmoviles.es>", "Los 10 libros del año según nuestros libreros", "Una lista muy discutida (hubo gritos) con los diez libros que más hemos recomendado en 2024."),
    ("Renfe <venta@renfe.es>", "Viaja en Navidad con descuento", "Ofertas especiales para tus viajes de Navidad. Compra con antelación y ahorra hasta un 40 %."),
    ("Café Pradera Tostadores <tienda@cafepradera.es>", "Pack regalo de Navidad", "Tres cafés de especialidad, una taza esmaltada y una tarjeta escrita a mano. Pedidos hasta el 18 de diciembre."),
    ("IKEA Family <ikeafamily@email.ikea.es>", "Tu ticket digital", "Gracias por tu compra en IKEA San Sebastián de los Reyes. Consulta tu ticket en la app IKEA Family."),
    ("Deportes Cumbre <hola@deportescumbre.es>", "Enero = nuevos retos", "Propósitos de año nuevo: más montaña, más roca, menos sofá. Novedades de material técnico."),
]


def promos(rng):
    specs = []
    base = [dt.datetime(2024, 9, 20, 10, 0), dt.datetime(2024, 10, 1, 12, 0), dt.datetime(2024, 10, 4, 18, 0),
            dt.datetime(2024, 11, 26, 9, 0), dt.datetime(2024, 11, 12, 20, 0), dt.datetime(2024, 11, 21, 11, 0),
            dt.datetime(2024, 12, 9, 17, 0), dt.datetime(2024, 12, 1, 12, 0), dt.datetime(2024, 10, 24, 9, 30),
            dt.datetime(2025, 1, 7, 8, 0), dt.datetime(2024, 12, 17, 19, 0), dt.datetime(2024, 11, 29, 10, 0),
            dt.datetime(2024, 12, 5, 9, 0), dt.datetime(2024, 12, 14, 13, 20), dt.datetime(2025, 1, 12, 10, 0)]
    for i, ((frm, s, b), d) in enumerate(zip(PROMOS, base)):
        d = d.replace(minute=rng.randint(0, 59))
        specs.append(M("promo-%d" % i, d, frm, ME, s,
                       b + "\n\nVer más en la web.\n\nSi no quieres recibir más comunicaciones comerciales, date de baja aquí.\n",
                       fmt="html" if i % 3 else "alt", brand=frm.split("<")[0].strip(),
                       color=["#3d5a80", "#8d5524", "#e63946", "#222222", "#2a9d8f"][i % 5],
                       mid_style="sendgrid" if i % 2 else "ses", label=N("promotion")))
    return specs


# ----------------------------------------------------------------------------- misc: wallapop/correos/meetup/renfe/idealista/bloque9/substack/culture
def misc(rng):
    specs = []
    wp = [(dt.datetime(2024, 9, 29, 10, 14), "¡Has vendido «Monitor Dell 27\" QHD»!", "Enhorabuena, has vendido tu producto por 95 €. Prepara el paquete: tienes 5 días para llevarlo a la oficina de Correos o al punto de recogida."),
          (dt.datetime(2024, 10, 3, 16, 40), "Tu dinero ya está en camino", "El comprador ha confirmado que todo está bien. Hemos transferido 95 € a tu cuenta bancaria. Puede tardar hasta 3 días hábiles."),
          (dt.datetime(2024, 12, 27, 19, 5), "Nuevos productos que te pueden interesar", "Basado en tus búsquedas: «sofá cama», «estantería»... mira lo que se ha publicado cerca de ti.")]
    for i, (d, s, b) in enumerate(wp):
        specs.append(M("wp-%d" % i, d, "Wallapop <noreply@wallapop.com>", ME, s, b + "\n", fmt="html",
                       brand="wallapop", color="#13c1ac", label=N("marketplace")))
    co = [(dt.datetime(2024, 9, 30, 12, 2), "Tu envío PQ4T7A0712345680128012 ha sido admitido"),
          (dt.datetime(2024, 10, 1, 9, 33), "Tu envío PQ4T7A0712345680128012 está en reparto"),
          (dt.datetime(2024, 10, 1, 17, 52), "Tu envío PQ4T7A0712345680128012 ha sido entregado")]
    for i, (d, s) in enumerate(co):
        specs.append(M("correos-%d" % i, d, "Correos <notificaciones@correos.es>", ME, s,
                       "Puedes seguir tu envío en https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=PQ4T7A0712345680128012\n\nEste mensaje se ha generado automáticamente.\n",
                       charset="iso-8859-1", cte="quoted-printable", label=N("shipping")))
    mu = [(dt.datetime(2024, 9, 22, 18, 0), "Nuevo evento de MadridJS: Charlas de otoño - Testing y Signals",
           "MadridJS ha programado un nuevo evento.\n\nCharlas de otoño: Testing y Signals\nJueves 3 de octubre, 19:00\nCampus Tech, Calle Gran Vía 55\n\n134 asistentes · Plazas limitadas\n\n¿Vas a ir? Responde en la app."),
          (dt.datetime(2024, 10, 2, 12, 0), "Recordatorio: Charlas de otoño - Testing y Signals es mañana",
           "No olvides tu evento de mañana con MadridJS.\n\nJueves 3 de octubre, 19:00\nCampus Tech\n\nSi ya no puedes ir, cambia tu respuesta para dejar sitio a otra persona."),
          (dt.datetime(2024, 11, 18, 18, 30), "Nuevo evento de MadridJS: Cena de Navidad 🎄 + lightning talks",
           "MadridJS ha programado un nuevo evento.\n\nCena de Navidad + lightning talks\nJueves 12 de diciembre, 19:30\nLa Tabacalera\n\n¡Trae tu charla de 5 minutos!")]
    for i, (d, s, b) in enumerate(mu):
        specs.append(M("meetup-%d" % i, d, "Meetup <info@email.meetup.com>", ME, s, b + "\n", fmt="alt",
                       brand="Meetup", color="#f65858", tz="America/New_York", mid_style="sendgrid",
                       label=N("community-event")))
    rf = [(dt.datetime(2024, 11, 30, 20, 14), "Confirmación de compra - Localizador X4K7TQ",
           "Gracias por viajar con Renfe.\n\nLocalizador: X4K7TQ\nMadrid-Chamartín → Valladolid-Campo Grande\n23/12/2024 · Salida 16:05 · Llegada 17:10\nAvlo · Coche 4 · Asiento 7C\nImporte: 14,85 €\n\nTu billete está en la app Renfe y adjunto a este correo."),
          (dt.datetime(2024, 11, 30, 20, 16), "Confirmación de compra - Localizador X4K9RM",
           "Gracias por viajar con Renfe.\n\nLocalizador: X4K9RM\nValladolid-Campo Grande → Madrid-Chamartín\n26/12/2024 · Salida 19:40 · Llegada 20:45\nAvlo · Coche 2 · Asiento 11A\nImporte: 12,90 €")]
    for i, (d, s, b) in enumerate(rf):
        specs.append(M("renfe-%d" % i, d, "Renfe <ventaonline@renfe.es>", ME, s, b + "\n",
                       attach=[("Billete_%s.pdf" % s[-6:], "application/pdf")], charset="iso-8859-1",
                       cte="quoted-printable", label=N("travel-ticket")))
    ide = [(dt.datetime(2024, 9, 18, 9, 0), 7, "Carabanchel"), (dt.datetime(2024, 9, 27, 9, 0), 4, "Carabanchel"),
           (dt.datetime(2024, 10, 18, 9, 0), 9, "Carabanchel y Usera"), (dt.datetime(2024, 11, 15, 9, 0), 5, "Carabanchel y Usera")]
    for i, (d, n, z) in enumerate(ide):
        specs.append(M("idealista-%d" % i, d, "idealista <alertas@idealista.com>", ME,
                       "%d viviendas nuevas en tu búsqueda \"alquiler 2 hab %s\"" % (n, z), clean("""
Hay %d viviendas nuevas que encajan con tu búsqueda:

Piso en calle de Marcelino Castillo · 890 €/mes · 2 hab. · 60 m²
Piso en avenida de Oporto · 1.050 €/mes · 2 hab. · 75 m² · terraza
Piso en calle de la Verdad · 920 €/mes · 2 hab. · 58 m²

Ver todas: https://www.idealista.com/alertas/ver?id=48122
""") % n, fmt="html", brand="idealista", color="#e1f05b", label=N("property-alert")))
    b9 = [(dt.datetime(2024, 10, 1, 8, 10), "Recibo cuota octubre - Bloque 9", "Hemos cargado tu cuota mensual de octubre: 48,00 €. ¡Gracias por escalar con nosotros!"),
          (dt.datetime(2024, 11, 1, 8, 12), "Recibo cuota noviembre - Bloque 9", "Hemos cargado tu cuota mensual de noviembre: 48,00 €."),
          (dt.datetime(2024, 11, 20, 19, 30), "Cambio de bloques en la sala grande", "Esta semana reequipamos la sala grande: el martes y miércoles estará cerrada por la tarde. ¡El jueves, 60 bloques nuevos!"),
          (dt.datetime(2024, 12, 1, 8, 9), "Recibo cuota diciembre - Bloque 9", "Hemos cargado tu cuota mensual de diciembre: 48,00 €."),
          (dt.datetime(2024, 12, 28, 11, 0), "Horario de Navidad y baja temporal", "Hola Irene, hemos tramitado tu baja temporal de enero como nos pediste. ¡Te esperamos en febrero!")]
    for i, (d, s, b) in enumerate(b9):
        specs.append(M("b9-%d" % i, d, "Bloque 9 Escalada <comunidad@bloque9.es>", ME, s, b + "\n\nBloque 9 Escalada\n",
                       label=N("club")))
    mirada = ["El barrio que se fue: una crónica de Lavapiés", "Diez discos para el otoño", "Por qué seguimos leyendo a Carmen Martín Gaite",
              "La ciudad de los quince minutos, ¿para quién?", "Especial Navidad: lo mejor del año", "Enero, o el arte de no hacer propósitos"]
    for i, (d, t) in enumerate(zip(weekly(START + dt.timedelta(days=4), END, 6, 9, 30, rng)[1::3], mirada)):
        specs.append(M("mirada-%d" % i, fmt_date(d), "La Mirada Lenta <boletin@lamiradalenta.com>", ME, t, clean("""
La Mirada Lenta · Boletín del domingo

%s

Hoy os traemos un texto largo para leer sin prisa, con el café, y tres recomendaciones: un libro, una exposición y una canción. Como siempre.

Leer en la web: https://lamiradalenta.com/boletin/%d

Somos una revista pequeña y vivimos de nuestras socias. Si te gusta lo que hacemos, suscríbete por 4 € al mes.
""") % (t, 201 + i), fmt="alt", brand="La Mirada Lenta", color="#6d597a", mid_style="sendgrid",
            label=N("newsletter")))
    return specs


def extra(rng):
    specs = []
    for d in monthly(START, END, 30, 7, rng):
        specs.append(M("tgss-%s" % d.strftime("%y%m"), fmt_date(d), "Seguridad Social - Importass <noreply@seg-social.es>", ME,
                       "Aviso de cargo de cuota de autónomos", clean("""
Estimado/a trabajador/a autónomo/a:

Le informamos de que se ha emitido el cargo de la cuota del Régimen Especial de Trabajadores Autónomos correspondiente al mes en curso.

Importe: 230,15 €
Entidad: Banco Meridiano (IBAN terminado en 9021)

Puede consultar sus recibos y su base de cotización en Importass: https://portal.seg-social.gob.es/importass

Este mensaje es informativo. No responda a este correo.
"""), charset="iso-8859-1", cte="quoted-printable", label=N("government-notice")))
    duo = [("¡Tu racha de 50 días está en peligro! 🔥", "Hallo Irene! No dejes que tu racha se apague. 5 minutos de alemán y listo."),
           ("Has terminado la unidad 4: En el restaurante", "Sehr gut! Has aprendido 38 palabras nuevas esta semana."),
           ("Tu resumen del año en Duolingo", "Este año has practicado 212 días y aprendido 1.140 palabras. ¡Eres del 5 % que más practica!"),
           ("Te echamos de menos...", "Hace 4 días que no practicas. El búho está triste. 🦉")]
    for i, (d, (s_, b)) in enumerate(zip(random_dates(START, END, 4, rng, hours=(19, 23)), duo)):
        specs.append(M("duo-%d" % i, fmt_date(d), "Duolingo <hello@duolingo.com>", ME, s_, b + "\n",
                       fmt="html", brand="duolingo", color="#58cc02", tz="America/New_York", label=N("app-notification")))
    tg = [(dt.datetime(2024, 10, 17, 20, 31), "Panadería Los Hornos", "Pack sorpresa de bollería", 4.99),
          (dt.datetime(2024, 11, 26, 21, 2), "Frutería El Huerto de Argumosa", "Pack de fruta y verdura", 3.99),
          (dt.datetime(2025, 1, 16, 20, 45), "Cafetería Carabanchel Alto", "Pack sorpresa", 3.50)]
    for i, (d, shop, pack, p) in enumerate(tg):
        specs.append(M("tgtg-%d" % i, d, "Too Good To Go <no-reply@toogoodtogo.com>", ME,
                       "Tu recibo de %s" % shop, "Gracias por salvar comida, Irene.\n\n%s · %s\nTotal: %s\nRecogida: hoy, 20:45 - 21:15\n\nMuestra el pedido en la app al recoger.\n" % (shop, pack, eur(p)),
                       fmt="html", brand="Too Good To Go", color="#00615f", tz="Europe/Copenhagen", label=N("receipt")))
    return specs


def build(rng):
    out = []
    for f in (frontendeando, jsdigest, amazon, glovo, bank, utilities, subscriptions, calendar, promos, misc, extra):
        out.extend(f(rng))
    return out
