# -*- coding: utf-8 -*-
"""Mailbox B: recurring everyday mail built from hand-written per-instance content."""
import random
from datetime import date, timedelta
from common import nj
from lib import brand_html

ME_OLD = "Giulia Marengo <giulia.marengo@outlook.it>"
START, END = date(2024, 9, 2), date(2025, 1, 31)


def d(dd, h, m):
    return "%s %02d:%02d" % (dd.isoformat(), h, m)


def weekdays(wd, start=START, end=END):
    x = start + timedelta((wd - start.weekday()) % 7)
    while x <= end:
        yield x
        x += timedelta(7)


MOLE = [
    ("Settembre in città: torna Torino Spiritualità", "GTT, nuove frequenze del 15 e del 16 dal 9 settembre", "Apertura straordinaria della Mole fino a mezzanotte"),
    ("Terra Madre al Parco Dora: il programma", "Lavori in corso Regina, cosa cambia per le auto", "Mercato di Porta Palazzo, arriva il sabato serale"),
    ("Artissima 2024: date e biglietti", "Piste ciclabili, completato il tratto di corso Belgio", "Caccia ai tartufi in collina: le uscite guidate"),
    ("Affitti a Torino: +11% in San Salvario", "Il Valentino riapre il Borgo Medievale", "Sagra della castagna a Cumiana"),
    ("ATP Finals: la città si prepara, chiusure e navette", "Biblioteche civiche, orari prolungati per la sessione", "Mercatino dell'usato al Balôn, edizione speciale"),
    ("Arriva il freddo: accensione dei riscaldamenti anticipata", "Metro 2, il cantiere di piazza Rebaudengo", "Cioccolatò torna in piazza San Carlo"),
    ("Torino Film Festival: i film da non perdere", "Nuovo skatepark al parco Colletta", "Notte delle Arti Contemporanee"),
    ("Luci d'Artista accese: la mappa 2024", "ATP Finals, il bilancio della settimana", "Corsa dei Babbi Natale al Valentino"),
    ("Mercatini di Natale: borgo Dora, piazza Solferino e Lingotto", "Ztl, nuovi varchi in vigore da gennaio", "Presepe vivente a Superga"),
    ("Capodanno in piazza: chi suona e i divieti", "Nuovo bando per gli affitti dei giovani: come fare domanda", "Pattinaggio al Valentino, orari e prezzi"),
    ("Smog: stop ai diesel Euro 5 fino a venerdì", "GTT, tariffe invariate nel 2025", "Mostra di Natale al Museo Egizio"),
    ("Saldi dal 4 gennaio: le regole", "Piazza Vittorio, progetto per la pedonalizzazione", "Epifania: la Befana dei vigili del fuoco"),
    ("Il 2025 dei musei torinesi: le mostre in arrivo", "Neve in collina, disagi a Pino Torinese", "Carnevale, si parte con i Giovedì Grassi"),
    ("Juventus-Torino, il derby e le misure di sicurezza", "Nuovi orari delle piscine comunali", "Festival del cinema di montagna"),
    ("Salone del Gusto: le prime anticipazioni", "Cantieri per la linea 12 del tram", "Visite guidate ai rifugi antiaerei"),
    ("Ospedale Molinette, il nuovo pronto soccorso", "Quartieri: apre la Casa di Quartiere di Barriera", "Jazz Club, la rassegna d'inverno"),
    ("Capitale europea dello sport 2025: eventi gennaio", "Raccolta differenziata porta a porta in Vanchiglia", "Teatro Regio, i biglietti last minute"),
    ("Bilancio comunale: più fondi per i nidi", "Dora, aperto il nuovo ponte pedonale", "Mercato contadino di Campagna Amica"),
    ("Aeroporto di Caselle, nuove rotte per Londra e Berlino", "Scuole, iscrizioni online dal 21 gennaio", "Serata astronomica all'Infini.to"),
    ("Torino Comics, ecco le date", "Pista ciclabile di via Nizza, i lavori", "Giornata della memoria: gli appuntamenti"),
    ("Nuovi dehors: le regole del 2025", "Il Museo del Cinema compie 25 anni alla Mole", "Serate di tango al Circolo dei lettori"),
    ("Case popolari, nuovo bando in primavera", "La neve torna in Valle di Susa: impianti aperti", "Fiera del libro antico a Palazzo Carignano"),
]

RR = [
    ("Stop calling it 'research debt'", "The case for smaller samples in B2B"),
    ("Synthesis in 48 hours: a field guide", "What a research ops budget looks like in 2024"),
    ("Diary studies that people actually finish", "Consent forms in plain language - 5 examples"),
    ("Segmenting without personas", "Recruiting participants in healthcare: the ethics"),
    ("Making research repositories people open", "Interview bias checklist (printable)"),
    ("Mixed methods for product discovery", "Salary survey 2024: UX research in Europe"),
    ("When a PM says 'we already know that'", "Accessibility testing with screen reader users"),
    ("The research roadmap template we use", "Remote moderation tips for low-bandwidth participants"),
    ("Quant UXR for qualitative people, part 1", "How to present findings to executives in 10 minutes"),
    ("Year in review: the best of 2024", "Reading list for the holidays"),
    ("Planning research for Q1", "Taxonomies, tagging and other unglamorous work"),
]

CARD = [("CONAD CITY VIA MADAMA CRISTINA", "32,40"), ("FARMACIA SAN SALVARIO", "14,90"), ("GTT TORINO ABBONAMENTO", "38,00"),
        ("BAR NORMAN TORINO", "9,50"), ("LIBRERIA IL PONTE SULLA DORA", "27,00"), ("MERCATO PORTA PALAZZO 12", "18,60"),
        ("SONORA MUSIC", "10,99"), ("PASTICCERIA ABRATE", "21,00"), ("CONAD CITY VIA MADAMA CRISTINA", "47,15"),
        ("CINEMA MASSIMO", "8,00"), ("TRENITALIA RAILITALIA", "9,80"), ("RISTORANTE SCANNABUE", "46,00"),
        ("BAZAR.IT MARKETPLACE", "59,90"), ("FERRAMENTA VANCHIGLIA", "23,70"), ("IKEA COLLEGNO", "212,40"),
        ("CONAD CITY VIA VANCHIGLIA", "38,85")]

ORDERS = [
    ("403-4410287", "Registratore vocale digitale con microfono a clip", "49,90"),
    ("403-7728190", "Post-it Super Sticky 12 blocchetti colori assortiti", "17,99"),
    ("403-3009152", "Adattatore USB-C multiporta HDMI 4K", "29,90"),
    ("403-8861024", "Tazza termica da viaggio 450 ml", "15,49"),
    ("403-2274460", "Scatoloni per trasloco (20 pz) con nastro adesivo", "34,90"),
    ("403-9920315", "Lampada da terra in legno naturale", "79,00"),
    ("403-5106678", "Webcam Full HD con copriobiettivo", "42,50"),
]

PROMOS = [
    ("Lingotto Market <news@lingottomarket.it>", "Tartufo bianco d'Alba: arriva la stagione", "Degustazioni guidate ogni venerdì e sabato, menu dedicato al ristorante."),
    ("Circolo dei Lettori <newsletter@circololettori.to.it>", "Il programma di ottobre", "Incontri con gli autori, gruppi di lettura e il laboratorio di scrittura del martedì."),
    ("Modamore <promo@modamore.it>", "Nuovi arrivi: cappotti e maglioni", "Scopri la collezione autunno-inverno e ricevi il reso gratuito entro 100 giorni."),
    ("CineTorino <info@cinetorino.it>", "Mercoledì a 5 euro: la programmazione", "Tutti i film in sala a 5 euro il mercoledì, anche in lingua originale."),
    ("Food Pronto <hello@foodpronto.it>", "Giulia, consegna gratis stasera 🍕", "Ordina entro le 21 dai ristoranti di San Salvario: consegna gratuita su ordini sopra i 15 euro."),
    ("Sportvalley <news@sportvalley.it>", "Tutto per l'escursionismo invernale", "Ramponcini, bastoncini, piumini leggeri: fino al -30% sulla montagna."),
    ("Libreria Il Ponte sulla Dora <news@ilpontesulladora.it>", "Nuove uscite di ottobre", "Le novità di narrativa e saggistica scelte da noi, con una sezione dedicata al design."),
    ("Vela Mobile <offerte@velamobile.it>", "Passa a 200 GB allo stesso prezzo", "Per te che sei cliente da più di un anno: 200 GB in 5G a 7,99 euro al mese."),
    ("Modamore <promo@modamore.it>", "Black Friday: fino al -50%", "Solo per pochi giorni, sconti fino al 50% su una selezione di brand."),
    ("Teatro Stabile Torino <biglietteria@teatrostabile.to.it>", "Under 35: biglietti a 12 euro", "Tutti gli spettacoli della stagione a 12 euro per chi ha meno di 35 anni."),
    ("Sonora Music <news@sonoramusic.com>", "Il tuo 2024 in musica è pronto", "Scopri i tuoi artisti più ascoltati e le canzoni che hanno segnato il tuo anno."),
    ("Bazar.it <store-news@bazar.it>", "Idee regalo di Natale sotto i 30 euro", "Centinaia di idee regalo con consegna garantita prima di Natale."),
    ("Food Pronto <hello@foodpronto.it>", "Un caffè offerto da noi ☕", "Questa settimana un caffè gratis con ogni colazione ordinata prima delle 10."),
    ("Sportvalley <news@sportvalley.it>", "Saldi invernali: abbigliamento running", "Fino al 40% su giacche e tight per correre con il freddo."),
    ("Lingotto Market <news@lingottomarket.it>", "Cesti di Natale su misura", "Componi il tuo cesto con i prodotti del territorio piemontese, consegna a Torino inclusa."),
    ("Casa Nordica <news@casanordica.it>", "Nuova casa? Ecco da dove iniziare", "Consigli e offerte per arredare il tuo primo bilocale: cucina, letto, armadio."),
    ("Modamore <promo@modamore.it>", "Saldi: ultimi giorni", "Ultimi pezzi della stagione con un ulteriore 20% alla cassa."),
    ("CineTorino <info@cinetorino.it>", "I film di gennaio", "Le uscite più attese del mese e la rassegna dedicata ad Agnès Varda."),
]

CAL = [
    ("2024-09-19 17:30", "Promemoria: Caffè con Elisa (Studio Dora)", "giovedì 19 set 2024 18:00 – 19:00"),
    ("2024-10-10 20:30", "Promemoria: Circolo di lettura", "giovedì 10 ott 2024 21:00 – 23:00"),
    ("2024-10-15 09:00", "Promemoria: Passaporto - Questura", "martedì 15 ott 2024 09:20 – 10:00"),
    ("2024-10-17 15:20", "Promemoria: Call Sam (Driftwood)", "giovedì 17 ott 2024 15:30 – 16:00"),
    ("2024-11-23 10:30", "Promemoria: UX Torino Day - il mio talk!", "sabato 23 nov 2024 11:40 – 12:10"),
    ("2024-12-03 17:30", "Promemoria: Firma contratto Vanchiglia", "martedì 3 dic 2024 18:00 – 19:00"),
    ("2024-12-28 07:30", "Promemoria: TRASLOCO", "sabato 28 dic 2024 08:30 – 13:00"),
]

LINGO = [(12, 340), (19, 520), (26, 610), (33, 480), (40, 700), (47, 390), (54, 655), (61, 720)]


def series():
    rng = random.Random(1909)
    S = []
    add = S.append
    for i, dd in enumerate(weekdays(3, date(2024, 9, 5))):
        if i >= len(MOLE):
            break
        a, b, c = MOLE[i]
        txt = "SOTTO LA MOLE - il giovedì di Torino\n\n%s\n\n%s\n\nIl consiglio della settimana: %s\n\nLeggi online: https://www.sottolamole.news/%s\n\nPer non ricevere più la newsletter: https://www.sottolamole.news/unsubscribe" % (a, b, c, dd.isoformat())
        add(dict(key="b-s-mole-%d" % i, dt=d(dd, 7, rng.randint(30, 55)), frm="Sotto la Mole <redazione@sottolamole.news>",
                 subj=a, body=txt, fmt="alt", html=brand_html(txt, "Sotto la Mole", "#7b2d26"), mid="sottolamole.news",
                 hdrs={"List-Unsubscribe": "<https://www.sottolamole.news/unsubscribe>"}, slug="sotto-la-mole-" + a,
                 lab=nj("newsletter")))
    for i, dd in enumerate(list(weekdays(1, date(2024, 9, 3)))[::2]):
        if i >= len(RR):
            break
        a, b = RR[i]
        txt = "Research Roundup #%d\n\n1. %s\n2. %s\n\nPlus: 4 events, 2 new tools and one very good chart.\n\nRead the issue: https://researchroundup.email/issues/%d\n\nUnsubscribe: https://researchroundup.email/unsub" % (201 + i, a, b, 201 + i)
        add(dict(key="b-s-rr-%d" % i, dt=d(dd, 14, rng.randint(0, 59)), tz="UTC", frm="Research Roundup <issue@researchroundup.email>",
                 subj="#%d: %s" % (201 + i, a), body=txt, fmt="alt", html="auto", mid="researchroundup.email",
                 slug="research-roundup-" + a, lab=nj("newsletter-professional", "en")))
    for i, (y, mo, amt) in enumerate([(2024, 9, "2.041,00"), (2024, 10, "2.041,00"), (2024, 11, "2.044,00"), (2024, 12, "3.912,00"), (2025, 1, "4.020,00")]):
        sal = date(y, mo, 27)
        while sal.weekday() > 4:
            sal -= timedelta(1)
        who = "QUADRANTE DESIGN SRL" if i < 4 else "BRIGHTMOOR (EOR) - TALENTBRIDGE ITALIA SRL"
        causale = ["STIPENDIO SETTEMBRE 2024", "STIPENDIO OTTOBRE 2024", "STIPENDIO NOVEMBRE 2024", "COMPETENZE FINE RAPPORTO + TFR", "RETRIBUZIONE GENNAIO 2025"][i]
        add(dict(key="b-s-sal-%d" % i, dt=d(sal, 8, rng.randint(0, 59)), frm="Nordbank <notifiche@nordbank.it>",
                 subj="Hai ricevuto un bonifico", mid="nordbank.it",
                 body="Hai ricevuto un bonifico di %s € da %s.\nCausale: %s\nLo trovi già disponibile sul tuo conto.\n\nNordbank\n" % (amt, who, causale),
                 slug="nordbank-bonifico-ricevuto", lab=nj("bank-notification")))
    for i, (y, mo) in enumerate([(2024, 10), (2024, 11), (2024, 12), (2025, 1)]):
        add(dict(key="b-s-ec-%d" % i, dt=d(date(y, mo, 2), 10, rng.randint(0, 59)), frm="Nordbank <noreply@nordbank.it>",
                 subj="Il tuo estratto conto è pronto", mid="nordbank.it", fmt="html",
                 html=brand_html("Ciao Giulia,\n\nl'estratto conto di %s è disponibile nell'app, nella sezione Documenti.\n\nNordbank" % ["settembre", "ottobre", "novembre", "dicembre"][i], "nordbank", "#00b3a4"),
                 slug="nordbank-estratto-conto", lab=nj("bank-statement")))
    cd = date(2024, 9, 3)
    for i, (merch, amt) in enumerate(CARD):
        cd += timedelta(rng.randint(5, 10))
        if cd > END:
            break
        add(dict(key="b-s-card-%d" % i, dt=d(cd, rng.randint(8, 21), rng.randint(0, 59)), frm="Nordbank <notifiche@nordbank.it>",
                 subj="Pagamento di %s € con la tua carta" % amt, mid="nordbank.it",
                 body="Hai pagato %s € presso %s con la carta che termina con 2280.\nNon sei stata tu? Blocca la carta dall'app.\n" % (amt, merch),
                 slug="nordbank-pagamento-carta", lab=nj("card-alert")))
    for i, (dd, amt) in enumerate([(date(2024, 9, 24), "61,20"), (date(2024, 11, 22), "118,75"), (date(2025, 1, 21), "176,30")]):
        add(dict(key="b-s-en-%d" % i, dt=d(dd, 10, rng.randint(0, 59)), frm="Energia Alpina <bollette@energiaalpina.it>",
                 to=ME_OLD, subj="Bolletta gas e luce - via Ormea 45", mid="energiaalpina.it",
                 body="Gentile cliente,\nè disponibile la nuova bolletta per la fornitura di via Ormea 45, Torino.\nImporto: %s euro - scadenza %s.\nIntestatario: BOTTA CHIARA / MARENGO GIULIA\nEnergia Alpina S.p.A.\n" % (amt, (dd + timedelta(21)).strftime("%d/%m/%Y")),
                 slug="energia-alpina-bolletta", lab=nj("utility-bill")))
    for i, (y, mo) in enumerate([(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1)]):
        add(dict(key="b-s-vela-%d" % i, dt=d(date(y, mo, 15), 9, rng.randint(0, 59)), frm="Vela Mobile <noreply@velamobile.it>",
                 subj="Rinnovo offerta avvenuto", mid="velamobile.it",
                 body="La tua offerta Vela 150 Giga si è rinnovata: 7,99 € addebitati sulla carta. Prossimo rinnovo: %s.\nVela Mobile\n" % date(y + (mo == 12), mo % 12 + 1, 15).strftime("%d/%m/%Y"),
                 slug="vela-mobile-rinnovo", lab=nj("subscription-receipt")))
    od = date(2024, 9, 6)
    for i, (num, item, price) in enumerate(ORDERS):
        od += timedelta(rng.randint(12, 20))
        if od > END - timedelta(3):
            break
        add(dict(key="b-s-ord-%d" % i, dt=d(od, rng.randint(9, 23), rng.randint(0, 59)), frm="Bazar.it <ordini@bazar.it>",
                 subj="Conferma ordine n. %s" % num, mid="bazar.it", fmt="alt", html="auto",
                 body="Ciao Giulia,\n\nabbiamo ricevuto il tuo ordine n. %s.\n\n1x %s - %s EUR\n\nConsegna prevista: %s\nIndirizzo: via Ormea 45, Torino\n" % (num, item, price, (od + timedelta(2)).strftime("%d/%m")),
                 slug="bazar-conferma-ordine", lab=nj("order-confirmation")))
        add(dict(key="b-s-shp-%d" % i, dt=d(od + timedelta(1), rng.randint(8, 19), rng.randint(0, 59)), frm="Bazar.it <spedizioni@bazar.it>",
                 subj="Il tuo pacco è in consegna", mid="bazar.it",
                 body="Il tuo ordine %s (%s) è stato spedito e arriverà %s.\nTraccia: https://www.bazar.it/tracking/%s\n" % (num, item, rng.choice(["domani", "entro 2 giorni", "oggi entro le 21"]), num),
                 slug="bazar-pacco-in-consegna", lab=nj("shipping")))
        if i % 2 == 0:
            add(dict(key="b-s-dlv-%d" % i, dt=d(od + timedelta(2), rng.randint(11, 18), rng.randint(0, 59)), frm="Celere Express <noreply@celere-express.it>",
                     subj="Consegna effettuata", mid="celere-express.it",
                     body="La spedizione %d è stata consegnata a: %s.\nCelere Express\n" % (rng.randint(10**9, 10**10), rng.choice(["MARENGO", "BOTTA (coinquilina)", "portineria"])),
                     slug="celere-consegna-effettuata", lab=nj("delivery")))
    pd = date(2024, 9, 4)
    for i, (frm, subj, body) in enumerate(PROMOS):
        pd += timedelta(rng.randint(6, 9))
        if pd > END:
            pd = END - timedelta(rng.randint(0, 25))
        dom = frm.split("@")[1].rstrip(">")
        add(dict(key="b-s-promo-%d" % i, dt=d(pd, rng.randint(8, 20), rng.randint(0, 59)), frm=frm, subj=subj, mid=dom,
                 fmt="html", html=brand_html("Ciao Giulia,\n\n" + body + "\n\nNon vuoi più ricevere queste email? https://%s/unsubscribe" % dom,
                                             frm.split(" <")[0], rng.choice(["#2a9d8f", "#e76f51", "#264653", "#8e44ad", "#0077b6", "#b5179e"])),
                 hdrs={"List-Unsubscribe": "<https://%s/unsubscribe>" % dom}, slug=frm.split(" <")[0] + "-" + subj, lab=nj("promotion")))
    for i, (when, subj, span) in enumerate(CAL):
        add(dict(key="b-s-cal-%d" % i, dt=when, frm="Google Calendar <calendar-notification@google.com>", subj=subj, mid="google.com",
                 body="%s\n%s (Ora dell'Europa centrale - Roma)\n\nCalendario: giulia.marengo.ux@gmail.com\nInvito da Google Calendar\n" % (subj.replace("Promemoria: ", ""), span),
                 slug="google-calendar-promemoria", lab=nj("calendar-reminder")))
    for i, dd in enumerate(list(weekdays(6, date(2024, 9, 22)))[::3]):
        if i >= len(LINGO):
            break
        streak, xp = LINGO[i]
        add(dict(key="b-s-lingo-%d" % i, dt=d(dd, 19, rng.randint(0, 59)), tz="UTC", frm="Lingo <hello@lingo-app.com>",
                 subj=rng.choice(["Your weekly progress report", "You're on a %d-day streak! 🔥" % streak, "Weekly recap: %d XP" % xp]),
                 mid="lingo-app.com", fmt="alt", html="auto",
                 body="Hi Giulia,\n\nThis week in German:\nStreak: %d days\nXP earned: %d\nLeague: %s\n\nKeep going! https://lingo-app.com/learn\n" % (streak, xp, rng.choice(["Silver", "Gold", "Sapphire"])),
                 slug="lingo-weekly-progress", lab=nj("app-summary", "en")))
    for i, (y, mo) in enumerate([(2024, 9), (2024, 10), (2024, 11), (2024, 12), (2025, 1)]):
        add(dict(key="b-s-son-%d" % i, dt=d(date(y, mo, 4), 6, rng.randint(0, 59)), tz="UTC", frm="Sonora Music <receipts@sonoramusic.com>",
                 subj="La tua ricevuta Sonora Premium", mid="sonoramusic.com", fmt="html",
                 html=brand_html("Ciao Giulia,\n\ngrazie per il pagamento di 10,99 EUR per Sonora Premium Individual.\nData: %s\nMetodo: carta ****2280" % date(y, mo, 4).strftime("%d/%m/%Y"), "Sonora", "#1db954"),
                 slug="sonora-ricevuta", lab=nj("subscription-receipt")))
    for i, (dd, subj, body) in enumerate([
        (date(2024, 9, 13), "Prenotazione confermata: Vinyasa Flow", "Lunedì 16 settembre, 19:00-20:15, sala grande. Ingressi rimasti nel carnet: 9."),
        (date(2024, 10, 2), "Prenotazione confermata: Yin Yoga", "Venerdì 4 ottobre, 18:30-19:45, sala piccola. Ingressi rimasti nel carnet: 6."),
        (date(2024, 10, 30), "Lista d'attesa: posto disponibile!", "Si è liberato un posto per Vinyasa Flow di giovedì 31 ottobre alle 7:30. Conferma entro 2 ore."),
        (date(2024, 11, 26), "Prenotazione confermata: Vinyasa Flow", "Giovedì 28 novembre, 7:30-8:30, sala grande. Ingressi rimasti nel carnet: 2."),
        (date(2025, 1, 8), "Il tuo carnet è scaduto", "Il carnet da 10 ingressi è terminato. Rinnova online e ricevi 1 lezione omaggio."),
    ]):
        add(dict(key="b-s-yoga-%d" % i, dt=d(dd, rng.randint(9, 21), rng.randint(0, 59)), frm="Studio Yoga Vanchiglia <prenotazioni@yogavanchiglia.it>",
                 subj=subj, mid="yogavanchiglia.it", body="Ciao Giulia,\n%s\nStudio Yoga Vanchiglia - via Vanchiglia 9\n" % body,
                 slug="yoga-" + subj, lab=nj("booking")))
    for i, (dt, subj, body) in enumerate([
        ("2024-09-21 11:02", "Il tuo biglietto: Torino Porta Nuova - Cuneo", "PNR: J2XW8L\nVenerdì 20/09/2024 19:20 Torino P.N. -> Cuneo 20:35, Regionale 10232\nTotale: 8,10 EUR"),
        ("2024-10-31 22:40", "Il tuo biglietto: Torino Porta Nuova - Cuneo", "PNR: M8RK0C\nGiovedì 31/10/2024? no - Venerdì 01/11/2024 10:20 Torino P.N. -> Cuneo 11:35, Regionale 10214\nTotale: 8,10 EUR"),
        ("2024-12-19 20:12", "Il tuo biglietto: Torino Porta Nuova - Cuneo", "PNR: T4QN6S\nDomenica 22/12/2024 09:20 Torino P.N. -> Cuneo 10:35, Regionale 10208\nRitorno 26/12/2024 17:25 Cuneo -> Torino P.N. 18:40\nTotale: 16,20 EUR"),
        ("2025-01-17 18:05", "Il tuo biglietto: Torino Porta Nuova - Milano Centrale", "PNR: H9FD3P\nSabato 25/01/2025 09:05 Torino P.N. -> Milano C.le 10:00, AV 9514\nRitorno 20:10 -> 21:05\nTotale: 39,80 EUR"),
    ]):
        body = body.replace("Giovedì 31/10/2024? no - ", "")
        add(dict(key="b-s-tr-%d" % i, dt=dt, frm="RailItalia <biglietti@railitalia.it>", subj=subj, mid="railitalia.it",
                 body="Grazie per aver viaggiato con RailItalia.\n\n%s\n\nBuon viaggio!\n" % body, slug="railitalia-biglietto", lab=nj("travel-ticket")))
    for i, (dt, subj, body, frm, mid) in enumerate([
        ("2024-09-17 23:12", "Avviso di sicurezza", "Nuovo accesso su Mac\ngiulia.marengo.ux@gmail.com\nSe sei stata tu, non devi fare nulla.\nControlla l'attività: https://myaccount.google.com/notifications", "Google <no-reply@accounts.google.com>", "accounts.google.com"),
        ("2024-11-14 08:55", "Accesso con SPID", "Gentile MARENGO GIULIA, in data 14/11/2024 alle 08:54 è stato effettuato un accesso con la tua identità SPID al servizio: Ministero del Lavoro - Dimissioni volontarie.", "PosteID <noreply@posteid.poste.it>", "posteid.poste.it"),
        ("2025-01-10 09:31", "Your Figma verification code", "Your verification code is 418 227. It expires in 10 minutes. If you didn't request this, you can ignore this email.", "Figma <no-reply@figma.com>", "figma.com"),
    ]):
        add(dict(key="b-s-sec-%d" % i, dt=dt, tz="UTC" if "Figma" in frm or "Google" in frm else "Europe/Rome", frm=frm, subj=subj, mid=mid,
                 body=body + "\n", slug=subj, lab=nj("security-alert", "en" if "Figma" in frm else "it")))
    for i, (dt, subj, body) in enumerate([
        ("2024-10-09 14:10", "Nuovo referto disponibile", "È disponibile un nuovo referto nel tuo Fascicolo Sanitario Elettronico: Esami ematochimici del 07/10/2024 - Laboratorio Città della Salute. Accedi con SPID per consultarlo."),
        ("2024-11-27 11:25", "Promemoria prenotazione CUP", "Visita dermatologica (controllo nei) il 05/12/2024 alle 10:15, Poliambulatorio via del Ridotto 1. Porta l'impegnativa e la tessera sanitaria."),
        ("2025-01-22 16:40", "Variazione del medico di base: conferma", "La richiesta di scelta del medico di medicina generale è stata registrata: dott.ssa Carla Rosso, ambito Torino Circoscrizione 7, dal 22/01/2025."),
    ]):
        add(dict(key="b-s-health-%d" % i, dt=dt, frm="Salute Piemonte <noreply@salutepiemonte.it>", subj=subj, mid="salutepiemonte.it",
                 body=body + "\nServizio Sanitario Regionale - Regione Piemonte\n", slug=subj, lab=nj("health-portal")))
    for i, (dt, subj, body) in enumerate([
        ("2024-10-01 07:00", "Your September in books", "You finished 3 books in September: 'Tomorrow, and Tomorrow, and Tomorrow', 'Just Enough Research', 'La città dei vivi'. You're 2 books ahead of your 2024 goal!"),
        ("2024-11-01 07:00", "Your October in books", "You finished 2 books in October. Most highlighted: 'Interviewing Users' (14 highlights)."),
        ("2024-12-01 07:00", "Your November in books", "You finished 1 book in November. 4 friends are reading 'Giù nella valle' too."),
        ("2025-01-01 07:00", "Your 2024 Year in Books 📚", "You read 31 books in 2024 - 9,812 pages. Your longest book: 'Lessico famigliare'? No: 'Il gattopardo' (330 pages)."),
    ]):
        add(dict(key="b-s-books-%d" % i, dt=dt, tz="UTC", frm="Bookshelf <digest@bookshelf.social>", subj=subj, mid="bookshelf.social",
                 fmt="alt", html="auto", body=body.replace("'Lessico famigliare'? No: ", "") + "\n\nSee your shelf: https://bookshelf.social/u/giuliam\n",
                 slug="bookshelf-" + subj, lab=nj("app-summary", "en")))
    return S
