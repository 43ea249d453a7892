# -*- coding: utf-8 -*-
"""Mailbox A: recurring everyday mail (newsletters, bank, shops...) built from
hand-written per-instance content. Dates follow each sender's habits."""
import random
from datetime import date, timedelta
from common import nj
from lib import brand_html

ME_OLD = "Davide Ferraresi <d.ferraresi@libero.it>"
START, END = date(2024, 2, 5), date(2024, 6, 28)


def d(dd, h, m):
    return "%s %02d:%02d" % (dd.isoformat(), h, m)


def weekdays(wd, start=START, end=END):
    x = start + timedelta((wd - start.weekday()) % 7)
    while x <= end:
        yield x
        x += timedelta(7)


BO_ISSUES = [
    ("Via Indipendenza pedonale anche il sabato: la prova parte a marzo", "Tram linea rossa, chiusa via Marconi per tre settimane", "Weekend: mercatino dell'antiquariato in piazza Santo Stefano"),
    ("Neve in Appennino: catene obbligatorie sulla Porrettana", "Nuovo parcheggio scambiatore al Caab, 400 posti", "Weekend: Arte Fiera, gli eventi collaterali in centro"),
    ("Bolletta dei rifiuti: cosa cambia con la tariffa puntuale", "Il Bologna vince a Verona e sogna l'Europa", "Weekend: festa di Carnevale dei bambini in piazza Maggiore"),
    ("Case, a Bologna affitti +9% in un anno", "Riapre il cinema Europa dopo i lavori", "Weekend: corsa podistica dei Colli, strade chiuse domenica mattina"),
    ("Piano Città 30: i primi dati sugli incidenti", "Mercato delle Erbe, arriva l'orario continuato", "Weekend: giornate FAI di primavera, 12 luoghi aperti"),
    ("Scuole, iscrizioni ai nidi: oltre 3.000 domande", "Aeroporto Marconi, nuovi voli per Lisbona e Cracovia", "Weekend: fiera del libro per ragazzi, gli incontri aperti al pubblico"),
    ("Pasqua a Bologna: musei aperti e orari dei bus", "Ponte Stalingrado, lavori di notte fino a maggio", "Weekend: uova di cioccolato solidali in via d'Azeglio"),
    ("Tram, la nuova fermata di via Saffi sarà pronta a ottobre", "Pioggia e grandine, allagamenti in via Emilia Ponente", "Weekend: Salone del vino naturale in Fiera"),
    ("25 aprile: il programma delle celebrazioni", "Nuove piste ciclabili sui viali, i tratti aperti", "Weekend: Bologna Jazz Festival in piazza Lucio Dalla"),
    ("Primo maggio, il concertone in piazza e i divieti di sosta", "Il Comune apre le graduatorie dei nidi: come consultarle", "Weekend: street food ai Giardini Margherita"),
    ("Caldo anomalo in arrivo, fino a 30 gradi", "Autostazione, i nuovi orari delle linee extraurbane", "Weekend: Nove Colli, centinaia di ciclisti bolognesi al via"),
    ("Il Bologna in Champions: la città in festa fino all'alba", "Lavori in tangenziale, chiusure notturne uscite 11-13", "Weekend: notte bianca dei musei"),
    ("Dopo la festa: quanto è costata la pulizia di piazza Maggiore", "Zanzara tigre, al via i trattamenti nei parchi", "Weekend: Fiera di San Luca e festa dei balconi fioriti"),
    ("Estate in città: i centri estivi per bambini e come iscriversi", "Tassa di soggiorno, gli incassi record del 2023", "Weekend: cinema sotto le stelle, il programma di giugno"),
    ("Bologna Estate 2024: 1.200 eventi fino a settembre", "Pronto soccorso Maggiore, tempi di attesa in calo", "Weekend: festival delle culture al parco della Montagnola"),
    ("Linea 13, bus elettrici da lunedì", "Piscine comunali: apertura il 1 giugno, prezzi invariati", "Weekend: la Repubblica in piazza, concerto della banda municipale"),
    ("Esami di maturità: 8.400 studenti in provincia", "Nuova ciclovia del Reno, inaugurato il tratto fino a Casalecchio", "Weekend: Biografilm festival, le anteprime"),
    ("Afa e ozono, l'ordinanza anti-smog estiva", "Bologna FC, ufficiale il nuovo allenatore", "Weekend: Festa della musica, palchi in tutti i quartieri"),
    ("Cantieri tram: cosa cambia per l'estate", "Parchi aperti la notte? Il quartiere Navile ci prova", "Weekend: mercato contadino notturno in Bolognina"),
    ("Sanità, nuove Case della Comunità a Borgo Panigale e San Donato", "Crollo di un cornicione in via Castiglione, nessun ferito", "Weekend: sagra della crescentina a Monteveglio"),
    ("Treni, lavori sulla Bologna-Firenze: le corse sostitutive di luglio", "Il Comune assume: 60 posti per educatori", "Weekend: ultima domenica dei musei gratuiti prima della pausa estiva"),
]

MP_ISSUES = [
    ("Riduttori epicicloidali: come scegliere il gioco angolare", "Fiera SPS Italia 2024: le date e le novità"),
    ("Nuovo Regolamento Macchine UE 2023/1230: cosa cambia per i costruttori", "Acciai inox duplex nelle macchine alimentari"),
    ("Giunti di sicurezza: dimensionamento e casi pratici", "Motion control: la sfida dei servomotori integrati"),
    ("Additive manufacturing per le attrezzature di fine linea", "Lubrificazione delle guide lineari: errori comuni"),
    ("Packaging: i dati di UCIMA sul primo trimestre", "Tolleranze geometriche: il riferimento composto spiegato bene"),
    ("Cuscinetti ibridi ceramici: quando convengono", "Robot collaborativi e valutazione dei rischi ISO/TS 15066"),
    ("Progettare per il cambio formato rapido (SMED)", "Camme elettroniche vs meccaniche: un confronto"),
    ("Vibrazioni nei telai saldati: analisi modale semplificata", "Ipack-Ima 2025: aperte le iscrizioni espositori"),
    ("Materiali compositi nelle macchine ad alta velocità", "Sensori di coppia wireless per il monitoraggio"),
    ("Guida alla scelta delle cinghie dentate", "Intelligenza artificiale e CAD: cosa c'è di vero"),
]

CARD = [
    ("SPESA EMILIA BOLOGNA MAZZINI", "62,18"), ("CARBURANTI RENO SAN LAZZARO", "58,00"), ("FARMACIA SAN VITALE", "23,40"),
    ("BAZAR.IT MARKETPLACE", "34,99"), ("OSTERIA DELLA LANTERNA", "71,50"), ("CICLOMANIA BOLOGNA", "44,90"),
    ("SPESA EMILIA BOLOGNA MAZZINI", "97,32"), ("TPER BIGLIETTERIA", "15,00"), ("LIBRERIA DELLE MURA", "28,50"),
    ("RAILITALIA BIGLIETTI ONLINE", "41,80"), ("PIZZERIA DA GINO BOLOGNA", "38,00"), ("DECORCASA BRICO CASALECCHIO", "126,70"),
    ("CARBURANTI RENO SAN LAZZARO", "63,10"), ("MACELLERIA ZUCCHINI", "31,25"), ("STREAMBOX.IT", "12,99"),
    ("AUTOFFICINA TINTI", "785,00"), ("SPESA EMILIA BOLOGNA MAZZINI", "84,06"), ("PRENATAL STORE VIA UGO BASSI", "49,90"),
]

ORDERS = [
    ("403-2281945", "Zaino da lavoro porta PC 15,6\"", "34,99", "Celere Express"),
    ("403-5520187", "Calibro digitale 150 mm in acciaio inox", "21,50", "Poste Italiane"),
    ("403-7710024", "Set di 6 libri cartonati per bambini - Animali della fattoria", "18,90", "Celere Express"),
    ("403-1093362", "Camera d'aria 700x25c (2 pezzi) + leve", "14,40", "GLS"),
    ("403-6642158", "Lampada da scrivania LED con braccio", "39,99", "Celere Express"),
    ("403-8890411", "Seggiolino bici posteriore per bambini", "89,00", "BRT"),
    ("403-2058839", "Cartucce stampante nero + colore XL", "47,80", "Poste Italiane"),
    ("403-9317746", "Costume da mare bambino UV 86-92", "16,99", "GLS"),
]

PROMOS = [
    ("Spesa Emilia <offerte@spesaemilia.it>", "Questa settimana: 3x2 su pasta e passate", "Fino a mercoledì, con la carta fedeltà: 3x2 su tutta la pasta di semola e sulle passate di pomodoro, -25% sul Parmigiano 24 mesi. Ti aspettiamo in negozio o sulla spesa online."),
    ("DecorCasa <newsletter@decorcasa.it>", "Primavera in giardino 🌱 fino al -40%", "Vasi, terricci, set da balcone e barbecue: fino al -40% solo online. Consegna a domicilio in 48 ore a Bologna e provincia."),
    ("Prenatal <news@prenatal-store.it>", "Nuova collezione primavera-estate bimbo", "Body, salopette e sandali per i più piccoli: scopri la nuova collezione e ricevi un buono di 10 euro su una spesa di 50."),
    ("Sportissimo <promo@sportissimo.it>", "Davide, il tuo buono compleanno ti aspetta 🎂", "Per il tuo compleanno ti regaliamo un buono di 15 euro, valido 30 giorni su una spesa minima di 60 euro. Auguri!"),
    ("Bazar.it <store-news@bazar.it>", "Offerte di primavera: fino al 50% su casa e giardino", "Ogni giorno nuove offerte a tempo su elettronica, casa e cucina, fai-da-te. Gli articoli Bazar Prime sono spediti gratis."),
    ("Libreria delle Mura <info@libreriadellemura.it>", "Presentazioni di aprile in libreria", "Giovedì 11 aprile ore 18: Marco Balzano presenta il nuovo romanzo. Sabato mattina letture per bambini da 0 a 3 anni."),
    ("RailItalia <promo@railitalia.it>", "Estate: viaggia con lo sconto Famiglia", "Con l'offerta Famiglia i bambini fino a 15 anni viaggiano gratis e gli adulti risparmiano il 30%. Prenota entro il 31 maggio."),
    ("FibraCasa <offerte@fibracasa.it>", "Passa alla fibra 2.5 Giga allo stesso prezzo", "Per i clienti FibraCasa da più di due anni: upgrade a 2.5 Gbps senza costi di attivazione. Attiva dall'area clienti."),
    ("Ciclomania <news@ciclomania.it>", "Nuove Gravel 2024 arrivate in negozio", "Sono arrivate le nuove gravel: prova su strada ogni sabato mattina in negozio, prenotazione consigliata."),
    ("Cantina Colli Bolognesi <shop@cantinacollibo.it>", "Pignoletto nuova annata: preordini aperti", "Apri i preordini per il Pignoletto frizzante 2023 e ricevi la consegna gratuita a Bologna."),
    ("Caffè Terzi Shop <shop@caffeshop-bo.it>", "Ricarica la tua moka: spedizione gratuita", "Macinato per moka, grani e capsule compostabili: spedizione gratuita per ordini sopra i 35 euro fino a domenica."),
    ("Sportissimo <promo@sportissimo.it>", "Mid Season Sale: -30% su running e ciclismo", "Solo online e nei negozi aderenti: -30% su scarpe running, abbigliamento ciclismo e accessori."),
    ("Spesa Emilia <offerte@spesaemilia.it>", "Punti doppi sulla spesa di sabato", "Sabato 18 maggio punti fedeltà raddoppiati su tutta la spesa. Li puoi usare per i premi del catalogo Estate."),
    ("OttiCasa <promo@otticasa.it>", "Controllo della vista gratuito a maggio", "Prenota un controllo gratuito della vista e ricevi il 20% di sconto sulle lenti progressive."),
    ("DecorCasa <newsletter@decorcasa.it>", "Zanzariere su misura: prendi le misure con noi", "Zanzariere a rullo e plissé su misura, montaggio incluso. Preventivo gratuito in negozio."),
    ("Bazar.it <store-news@bazar.it>", "Festa del papà: idee regalo", "Attrezzi, gadget e abbigliamento outdoor per la Festa del papà: consegna garantita entro il 19 marzo."),
    ("StreamBox <news@streambox.it>", "Nuove serie di aprile su StreamBox", "Tre nuove serie originali e i film premiati dell'anno: guarda le novità di aprile."),
    ("Prenatal <news@prenatal-store.it>", "Saldi di fine stagione: passeggini e seggiolini", "Fino al 40% su passeggini, trii e seggiolini auto delle collezioni precedenti."),
]

CAL = [
    ("2024-02-13 08:30", "Promemoria: Revisione auto - Centro revisioni Pontevecchio", "martedì 13 feb 2024 10:00 – 11:00"),
    ("2024-03-06 15:20", "Promemoria: Pediatra Tommaso (bilancio 15 mesi)", "mercoledì 6 mar 2024 16:20 – 17:00"),
    ("2024-04-04 17:30", "Promemoria: Assemblea condominio", "giovedì 4 apr 2024 18:30 – 20:00"),
    ("2024-04-15 19:00", "Promemoria: Compleanno Nicola 🎂", "martedì 16 apr 2024"),
    ("2024-05-16 17:00", "Promemoria: CAF 730 Studio Bertocchi", "giovedì 16 mag 2024 18:00 – 19:00"),
    ("2024-06-13 16:15", "Promemoria: Colloquio nido Giovannino (educatrici)", "giovedì 13 giu 2024 17:15 – 18:00"),
    ("2024-06-21 19:30", "Promemoria: Cena addio Tecnoimballi - Osteria dell'Orsa", "venerdì 21 giu 2024 20:30 – 23:30"),
]

RIDES = [(3, 142, 1850), (2, 98, 1210), (1, 45, 520), (3, 167, 2380), (2, 121, 1640), (4, 203, 2950), (2, 88, 940),
         (3, 176, 2610), (1, 62, 880), (4, 231, 3300), (2, 110, 1500), (3, 154, 2045)]


def series():
    rng = random.Random(2024)
    S = []
    add = S.append
    # BolognaOggi weekly (Fri)
    for i, dd in enumerate(weekdays(4, date(2024, 2, 9))):
        if i >= len(BO_ISSUES):
            break
        h1, h2, we = BO_ISSUES[i]
        txt = """BolognaOggi - la newsletter del venerdì

%s
%s

%s

Leggi tutto su https://www.bolognaoggi.news/newsletter/%s

Ricevi questa email perché sei iscritto alla newsletter di BolognaOggi. Disiscriviti: https://www.bolognaoggi.news/unsubscribe""" % (h1, h2, we, dd.isoformat())
        add(dict(key="a-s-bo-%d" % i, dt=d(dd, 7, rng.randint(0, 9)), frm="BolognaOggi <newsletter@bolognaoggi.news>",
                 subj="%s | BolognaOggi" % h1, body=txt, fmt="alt",
                 html=brand_html(txt, "BolognaOggi", "#c0392b"), mid="bolognaoggi.news",
                 hdrs={"List-Unsubscribe": "<https://www.bolognaoggi.news/unsubscribe>"},
                 slug="bolognaoggi-newsletter", lab=nj("newsletter")))
    # Meccanica Plus biweekly (Tue)
    for i, dd in enumerate(list(weekdays(1, date(2024, 2, 6)))[::2]):
        if i >= len(MP_ISSUES):
            break
        a, b = MP_ISSUES[i]
        txt = """MECCANICA PLUS - n. %d/2024

TECNICA
%s
https://www.meccanicaplus.it/articoli/%d

MERCATO E NORMATIVA
%s
https://www.meccanicaplus.it/articoli/%d

Meccanica Plus - rivista di progettazione e componentistica industriale
Gestisci l'iscrizione: https://www.meccanicaplus.it/newsletter""" % (i + 3, a, 5400 + i * 7, b, 5403 + i * 7)
        add(dict(key="a-s-mp-%d" % i, dt=d(dd, 10, rng.randint(0, 59)), frm="Meccanica Plus <redazione@meccanicaplus.it>",
                 to=ME_OLD, subj="Meccanica Plus n. %d/2024 - %s" % (i + 3, a), body=txt, fmt="alt", html="auto",
                 mid="meccanicaplus.it", slug="meccanica-plus-newsletter", lab=nj("newsletter-trade")))
    # Bank statements + salary
    for i, (mo, amt) in enumerate([(2, "2.486,00"), (3, "2.486,00"), (4, "2.512,00"), (5, "2.512,00"), (6, "2.530,00")]):
        sal = date(2024, mo, 27) if date(2024, mo, 27).weekday() < 5 else date(2024, mo, 27) - timedelta(date(2024, mo, 27).weekday() - 4)
        add(dict(key="a-s-sal-%d" % i, dt=d(sal, 6, rng.randint(10, 50)), frm="Banca del Reno <notifiche@bancadelreno.it>",
                 subj="Accredito bonifico in entrata", mid="bancadelreno.it", body="""Gentile cliente,

sul conto corrente n. ****4417 è stato accreditato un bonifico in entrata.

Ordinante: TECNOIMBALLI EMILIANI SRL
Importo: %s EUR
Causale: STIPENDIO %s 2024
Data valuta: %s

Banca del Reno - servizio notifiche""" % (amt, ["FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO"][i], sal.strftime("%d/%m/%Y")),
                 slug="banca-accredito-bonifico", lab=nj("bank-notification")))
        if mo < 6:
            ec = date(2024, mo + 1, 3)
            add(dict(key="a-s-ec-%d" % i, dt=d(ec, 9, rng.randint(0, 59)), frm="Banca del Reno <noreply@bancadelreno.it>",
                     subj="Documenti disponibili: estratto conto %s 2024" % ["febbraio", "marzo", "aprile", "maggio"][i],
                     mid="bancadelreno.it", fmt="html", html=brand_html("""Gentile Davide Ferraresi,

è disponibile nella sezione Documenti della sua area riservata l'estratto conto del mese di %s relativo al conto n. ****4417.

Per motivi di sicurezza non inviamo allegati via email. Non comunichi mai i suoi codici di accesso: Banca del Reno non li chiederà mai via email, SMS o telefono.""" % ["febbraio", "marzo", "aprile", "maggio"][i],
                        "Banca del Reno", "#7a1f2b"), slug="banca-estratto-conto", lab=nj("bank-statement")))
    # Card authorizations
    cd = date(2024, 2, 8)
    for i, (merch, amt) in enumerate(CARD):
        cd += timedelta(rng.randint(4, 9))
        if cd > END:
            break
        add(dict(key="a-s-card-%d" % i, dt=d(cd, rng.randint(9, 20), rng.randint(0, 59)),
                 frm="Banca del Reno <alert@bancadelreno.it>", subj="Pagamento con carta di %s EUR" % amt,
                 mid="bancadelreno.it", cte="7bit" if i % 3 else None,
                 body="Banca del Reno: autorizzato pagamento di %s EUR con carta ****%s presso %s il %s. Se non riconosci l'operazione chiama subito il numero verde 800 611 611.\n"
                      % (amt, "0932" if i < 9 else "7715", merch, cd.strftime("%d/%m/%Y")),
                 slug="banca-pagamento-carta", lab=nj("card-alert")))
    # Utilities
    for i, (dd, amt, per) in enumerate([(date(2024, 2, 19), "187,40", "dicembre-gennaio"), (date(2024, 4, 18), "142,65", "febbraio-marzo"),
                                         (date(2024, 6, 17), "96,10", "aprile-maggio")]):
        add(dict(key="a-s-enp-%d" % i, dt=d(dd, 11, rng.randint(0, 59)), frm="Enerpadana Luce e Gas <bollette@enerpadana.it>",
                 subj="La tua bolletta luce e gas è disponibile", mid="enerpadana.it", fmt="alt",
                 html="auto", body="""Ciao Davide,

è disponibile la bolletta n. 2024/%07d relativa al periodo %s per la fornitura di via Oberdan 22, Bologna.

Importo: %s euro
Scadenza: %s
Modalità di pagamento: addebito diretto SDD

Puoi consultare il dettaglio dei consumi nell'area clienti o nell'app Enerpadana.

Enerpadana S.p.A.""" % (rng.randint(10**6, 9 * 10**6), per, amt, (dd + timedelta(20)).strftime("%d/%m/%Y")),
                 slug="enerpadana-bolletta", lab=nj("utility-bill")))
    for i, mo in enumerate([2, 3, 4, 5, 6]):
        dd = date(2024, mo, 8)
        add(dict(key="a-s-fib-%d" % i, dt=d(dd, 14, rng.randint(0, 59)), frm="FibraCasa <fatture@fibracasa.it>",
                 subj="FibraCasa - fattura %s 2024" % ["febbraio", "marzo", "aprile", "maggio", "giugno"][i], mid="fibracasa.it",
                 body="""Gentile cliente,
la fattura n. FC24-%06d di 27,90 euro relativa all'offerta FibraCasa 1 Giga è disponibile nell'area clienti. L'importo sarà addebitato sulla carta registrata il %s.
FibraCasa""" % (rng.randint(10**5, 9 * 10**5), (dd + timedelta(7)).strftime("%d/%m/%Y")),
                 slug="fibracasa-fattura", lab=nj("utility-bill")))
    # Orders
    od = date(2024, 2, 10)
    for i, (num, item, price, courier) in enumerate(ORDERS):
        od += timedelta(rng.randint(8, 16))
        if od > END - timedelta(3):
            break
        add(dict(key="a-s-ord-%d" % i, dt=d(od, rng.randint(8, 22), rng.randint(0, 59)), frm="Bazar.it <ordini@bazar.it>",
                 subj="Il tuo ordine Bazar.it n. %s" % num, mid="bazar.it", fmt="alt",
                 html=brand_html("Ciao Davide,\n\ngrazie per il tuo ordine!\n\nOrdine n. %s\n%s - %s EUR\n\nConsegna prevista: %s\n\nPuoi seguire l'ordine da https://www.bazar.it/ordini/%s" % (num, item, price, (od + timedelta(3)).strftime("%d/%m"), num), "bazar.it", "#232f3e"),
                 body="Ciao Davide,\n\ngrazie per il tuo ordine!\n\nOrdine n. %s\n%s - %s EUR\n\nConsegna prevista: %s\n\nPuoi seguire l'ordine da https://www.bazar.it/ordini/%s\n" % (num, item, price, (od + timedelta(3)).strftime("%d/%m"), num),
                 slug="bazar-conferma-ordine", lab=nj("order-confirmation")))
        sd = od + timedelta(1)
        add(dict(key="a-s-shp-%d" % i, dt=d(sd, rng.randint(7, 19), rng.randint(0, 59)), frm="Bazar.it <spedizioni@bazar.it>",
                 subj="Spedito: \"%s\"" % (item if len(item) < 40 else item[:37] + "..."), mid="bazar.it",
                 body="Il tuo pacco è stato affidato a %s.\nNumero di tracciamento: %s%d\nConsegna prevista: %s\n\nTraccia il pacco: https://www.bazar.it/tracking/%s\n" % (
                     courier, "".join(rng.choice("ABCDEFGHJK") for _ in range(2)), rng.randint(10**9, 10**10), (od + timedelta(3)).strftime("%A %d/%m").replace("Monday", "lunedì").replace("Tuesday", "martedì").replace("Wednesday", "mercoledì").replace("Thursday", "giovedì").replace("Friday", "venerdì").replace("Saturday", "sabato").replace("Sunday", "domenica"), num),
                 slug="bazar-spedito", lab=nj("shipping")))
        if i % 3 != 2:
            cc = courier
            add(dict(key="a-s-dlv-%d" % i, dt=d(od + timedelta(3), rng.randint(10, 17), rng.randint(0, 59)),
                     frm="%s <noreply@%s>" % (cc, {"Celere Express": "celere-express.it", "Poste Italiane": "poste.it", "GLS": "gls-italy.com", "BRT": "brt.it"}[cc]),
                     subj="La tua spedizione è stata consegnata", mid={"Celere Express": "celere-express.it", "Poste Italiane": "poste.it", "GLS": "gls-italy.com", "BRT": "brt.it"}[cc],
                     body="Gentile cliente,\nla spedizione del mittente BAZAR.IT è stata consegnata oggi alle %02d:%02d. Firmatario: %s.\nGrazie per aver scelto %s.\n" % (
                         rng.randint(10, 17), rng.randint(0, 59), rng.choice(["FERRARESI", "GUIDI", "VICINO (PINA 1° PIANO)"]), cc),
                     slug="spedizione-consegnata", lab=nj("delivery")))
    # Promotions
    pd = date(2024, 2, 6)
    for i, (frm, subj, body) in enumerate(PROMOS):
        pd += timedelta(rng.randint(5, 9))
        if pd > END:
            pd = END - timedelta(rng.randint(0, 20))
        dom = frm.split("@")[1].rstrip(">")
        add(dict(key="a-s-promo-%d" % i, dt=d(pd, rng.randint(8, 19), rng.randint(0, 59)), frm=frm, subj=subj, mid=dom,
                 fmt="html", html=brand_html(body + "\n\nNon vuoi più ricevere le nostre email? Cancella l'iscrizione: https://%s/unsubscribe" % dom,
                                             frm.split(" <")[0], rng.choice(["#2a9d8f", "#e76f51", "#264653", "#8e44ad", "#0077b6"])),
                 hdrs={"List-Unsubscribe": "<https://%s/unsubscribe>" % dom}, slug=frm.split(" <")[0] + "-" + subj, lab=nj("promotion")))
    # Calendar reminders
    for i, (when, subj, span) in enumerate(CAL):
        dd, tm = when.split()
        add(dict(key="a-s-cal-%d" % i, dt=when, frm="Google Calendar <calendar-notification@google.com>",
                 subj=subj, mid="google.com", fmt="alt", html="auto",
                 body="%s\n\n%s (Ora dell'Europa centrale - Roma)\n\nCalendario: davide.ferraresi84@gmail.com\n\nInvito da Google Calendar: https://calendar.google.com/calendar/\nRicevi questa email perché hai impostato le notifiche per questo evento." % (subj.replace("Promemoria: ", ""), span),
                 slug="google-calendar-promemoria", lab=nj("calendar-reminder")))
    # Health (FSE / CUP)
    add(dict(key="a-s-fse1", dt="2024-02-22 13:40", frm="Fascicolo Sanitario Elettronico <noreply@fascicolo-sanitario.it>",
             subj="Nuovo documento disponibile nel tuo Fascicolo", mid="fascicolo-sanitario.it",
             body="Gentile assistito,\nnel tuo Fascicolo Sanitario Elettronico è disponibile un nuovo documento: Referto di laboratorio - Ospedale Maggiore, del 20/02/2024.\nAccedi con SPID o CIE per consultarlo.\nServizio Sanitario Regionale Emilia-Romagna\n",
             slug="fse-nuovo-documento", lab=nj("health-portal")))
    add(dict(key="a-s-cup1", dt="2024-03-18 10:05", frm="CUP Bologna <noreply-cup@ausl.bologna.it>",
             subj="Promemoria prenotazione visita", mid="ausl.bologna.it",
             body="Promemoria: visita ortopedica (ginocchio dx) il 25/03/2024 ore 09:40, Poliambulatorio Mazzacorati, via Toscana 19. Ricordati di portare l'impegnativa e il codice fiscale. Per disdire: 800 884 888 o app ER Salute.\n",
             slug="cup-promemoria-visita", lab=nj("health-appointment")))
    add(dict(key="a-s-fse2", dt="2024-03-27 18:22", frm="Fascicolo Sanitario Elettronico <noreply@fascicolo-sanitario.it>",
             subj="Nuovo documento disponibile nel tuo Fascicolo", mid="fascicolo-sanitario.it",
             body="Gentile assistito,\nnel tuo Fascicolo Sanitario Elettronico è disponibile un nuovo documento: Referto di visita specialistica ortopedica - AUSL Bologna, del 25/03/2024.\nAccedi con SPID o CIE per consultarlo.\nServizio Sanitario Regionale Emilia-Romagna\n",
             slug="fse-nuovo-documento", lab=nj("health-portal")))
    add(dict(key="a-s-cup2", dt="2024-04-30 09:15", frm="CUP Bologna <noreply-cup@ausl.bologna.it>",
             subj="Conferma prenotazione: ecografia muscolo-tendinea", mid="ausl.bologna.it",
             body="Prenotazione confermata: ecografia muscolo-tendinea ginocchio, 21/05/2024 ore 15:20, Ospedale Bellaria padiglione G. Ticket da pagare prima della prestazione: 36,15 euro (PagoPA).\n",
             slug="cup-conferma-prenotazione", lab=nj("health-appointment")))
    # StreamBox monthly
    for i, mo in enumerate([2, 3, 4, 5, 6]):
        dd = date(2024, mo, 12)
        add(dict(key="a-s-sb-%d" % i, dt=d(dd, 3, rng.randint(0, 59)), tz="UTC", frm="StreamBox <fatturazione@streambox.it>",
                 subj="Ricevuta del tuo abbonamento StreamBox", mid="streambox.it", fmt="html",
                 html=brand_html("Ciao Davide,\n\nabbiamo ricevuto il pagamento di 12,99 EUR per il piano Standard (periodo %s).\n\nMetodo di pagamento: carta ****0932\n\nGestisci l'abbonamento: https://www.streambox.it/account" % ["12/02-11/03", "12/03-11/04", "12/04-11/05", "12/05-11/06", "12/06-11/07"][i], "StreamBox", "#141414"),
                 slug="streambox-ricevuta", lab=nj("subscription-receipt")))
    # Ridelog weekly (English)
    for i, dd in enumerate(list(weekdays(0, date(2024, 3, 4)))[::1][:len(RIDES)]):
        n, km, elev = RIDES[i]
        add(dict(key="a-s-rl-%d" % i, dt=d(dd, 6, rng.randint(0, 59)), tz="UTC", frm="Ridelog <weekly@ridelog.app>",
                 subj="Your week on Ridelog: %d km 🚴" % km, mid="ridelog.app", fmt="alt", html="auto", lang="en",
                 body="Hi Davide,\n\nHere's your week:\nRides: %d\nDistance: %d km\nElevation: %d m\nLongest ride: %d km\n\n%s\n\nSee your full training log: https://ridelog.app/athlete/448120/log\n\nYou're receiving this because weekly summaries are on. Manage email settings in the app." % (
                     n, km, elev, int(km / n * 1.3) if n > 1 else km,
                     rng.choice(["Nice consistency - 3 weeks in a row over 100 km!", "You climbed more than last week.", "Andrea G. and 4 others gave you kudos.", "New segment PR: Via di San Luca (climb).", "Rest week? Recovery matters too.", "Your 2024 total just passed 1,500 km."])),
                 slug="ridelog-weekly", lab=nj("app-summary", "en")))
    # Security / accounts
    add(dict(key="a-s-sec1", dt="2024-02-18 22:31", tz="UTC", frm="Google <no-reply@accounts.google.com>",
             subj="Avviso di sicurezza", mid="accounts.google.com",
             body="Nuovo accesso su Windows\ndavide.ferraresi84@gmail.com\n\nAbbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.\n\nControlla l'attività: https://myaccount.google.com/notifications\n",
             slug="google-avviso-sicurezza", lab=nj("security-alert")))
    add(dict(key="a-s-sec2", dt="2024-03-01 10:40", frm="PosteID <noreply@posteid.poste.it>",
             subj="Accesso con PosteID abilitato a SPID", mid="posteid.poste.it",
             body="Gentile DAVIDE FERRARESI,\nti informiamo che in data 01/03/2024 alle ore 10:39 è stato effettuato un accesso con la tua identità digitale PosteID al servizio: INPS.\nSe non riconosci l'accesso contatta l'assistenza.\nPoste Italiane\n",
             slug="posteid-accesso-spid", lab=nj("security-alert")))
    add(dict(key="a-s-sec3", dt="2024-05-21 17:02", frm="PosteID <noreply@posteid.poste.it>",
             subj="Accesso con PosteID abilitato a SPID", mid="posteid.poste.it",
             body="Gentile DAVIDE FERRARESI,\nti informiamo che in data 21/05/2024 alle ore 17:01 è stato effettuato un accesso con la tua identità digitale PosteID al servizio: Ministero del Lavoro - Dimissioni telematiche.\nSe non riconosci l'accesso contatta l'assistenza.\nPoste Italiane\n",
             slug="posteid-accesso-spid", lab=nj("security-alert")))
    # Travel
    add(dict(key="a-s-tr1", dt="2024-04-24 21:14", frm="RailItalia <biglietti@railitalia.it>", subj="Il tuo biglietto: Bologna C.le - Ferrara",
             mid="railitalia.it", attach=[("Biglietto_PNR_KX7T2Q.pdf", "pdf")],
             body="Grazie per aver acquistato con RailItalia.\n\nPNR: KX7T2Q\nMercoledì 01/05/2024\nBologna Centrale 10:12 -> Ferrara 10:42 - Regionale Veloce 3921\n2 adulti + 1 bambino (gratuito)\nTotale: 9,20 EUR\n\nIl biglietto in PDF è allegato. Buon viaggio!\n",
             slug="railitalia-biglietto-ferrara", lab=nj("travel-ticket")))
    add(dict(key="a-s-tr2", dt="2024-06-02 10:05", frm="RailItalia <biglietti@railitalia.it>", subj="Il tuo biglietto: Bologna C.le - Salerno",
             mid="railitalia.it", attach=[("Biglietto_PNR_RW4M9B.pdf", "pdf")],
             body="Grazie per aver acquistato con RailItalia.\n\nPNR: RW4M9B\nSabato 03/08/2024\nBologna Centrale 08:15 -> Salerno 12:53 - AV 9551\n2 adulti + 1 bambino (offerta Famiglia)\nTotale: 142,60 EUR\n\nRitorno: sabato 10/08/2024 Salerno 15:07 -> Bologna C.le 19:45\n\nIl biglietto in PDF è allegato. Buon viaggio!\n",
             slug="railitalia-biglietto-salerno", lab=nj("travel-ticket")))
    add(dict(key="a-s-tr3", dt="2024-04-15 07:45", frm="RailItalia <info@railitalia.it>", subj="Il tuo treno è in ritardo",
             mid="railitalia.it", body="Informazione di viaggio: il treno Regionale 17712 delle 07:52 da Casalecchio di Reno per Bologna Centrale viaggia con 15 minuti di ritardo per un guasto alla linea.\nCi scusiamo per il disagio.\n",
             slug="railitalia-treno-in-ritardo", lab=nj("travel-alert")))
    return S
