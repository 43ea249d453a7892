# -*- coding: utf-8 -*-
"""More everyday mail across the whole period (family, shops, services)."""
from mailkit import M, ME, ME_ADDR, ME_OLD, fake_pdf, D
from c_life_a import MAMMA, FEDE, DAVIDE, VALE, MARI, GENN, OLD, JPG

MISTER = "Scuola Calcio Vomero Academy <segreteria@vomeroacademy.it>"
CUGINA = "Ilaria Esposito <ilaria.esposito.93@gmail.com>"
LIBRI = "Circolo di lettura Arenella <circololettura.arenella@gmail.com>"

# ---------------------------------------------------------------- February
M("google-security", D("2024-02-04 19:02", "+0000"), "Google <no-reply@accounts.google.com>", ME_ADDR,
  "Avviso di sicurezza", """Nuovo accesso su Mac
rossella.iovine@gmail.com

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Mac. Se sei stata tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

Controlla l'attività: https://myaccount.google.com/notifications
Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google.
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
  auto_html=True, brand="Google", color="#1a73e8", mid="generic", mid_domain="accounts.google.com", kind="account:security-alert")

M("calcio-quota", "2024-02-08 18:30", MISTER, OLD, "Quota febbraio–marzo e torneo di Carnevale",
  """Gentili genitori dei Pulcini 2016,

ricordiamo che entro il 15 febbraio va versata la quota bimestrale di 90 € (bonifico o in segreteria).

Sabato 17 febbraio si terrà il Torneo di Carnevale al campo di via Belvedere: ritrovo ore 8:45, i bambini possono venire mascherati (ma con gli scarpini!).

Forza ragazzi!
Segreteria – Vomero Academy ASD""", mid="generic", kind="club:kids-football")

M("mamma-medicine", "2024-02-09 10:12", MAMMA, OLD, "ricetta",
  """rossella il dottore Improta mi ha mandato la ricetta del cardioaspirina per email ma io non so aprire l'allegato. te la inoltro, me la stampi e me la porti domenica? grazie a mamma""",
  mid="libero", attach=[("ricetta_dematerializzata.pdf", "application/pdf", fake_pdf("Ricetta"))], kind="personal:family")

M("mamma-medicine-re", "2024-02-09 13:40", ME_OLD, MAMMA, None,
  """Ma' non serve stamparla, in farmacia basta il codice che sta scritto sopra (NRE) e la tessera sanitaria! Te l'ho scritto sul foglietto vicino al telefono. Comunque te la porto stampata, tranquilla.""",
  reply="mamma-medicine", mid="libero", kind="personal:family-reply")

M("netflix-pagamento", "2024-02-13 06:30", "Netflix <info@account.netflix.com>", ME_ADDR,
  "Aggiorna le informazioni di pagamento",
  """Ciao Rossella,
non siamo riusciti ad autorizzare il pagamento per il tuo prossimo periodo di fatturazione. Aggiorna le informazioni di pagamento per continuare a guardare.
Aggiorna il metodo di pagamento nel tuo account.
Il team Netflix""", auto_html=True, brand="NETFLIX", color="#e50914", mid="generic", mid_domain="account.netflix.com", kind="subscription:payment-failed")

M("bit-survey", "2024-02-16 10:00", "BIT Milano <registrazioni@bit.fieramilano.it>", ME_ADDR,
  "Grazie per aver visitato BIT 2024 – ci dai un parere?",
  """Gentile Rossella,

grazie per aver partecipato a BIT 2024! Quest'anno abbiamo accolto 42.000 visitatori e oltre 1.000 espositori da 50 Paesi.

Ci aiuti a migliorare rispondendo a un breve questionario (3 minuti)?
https://survey.fieramilano.it/bit2024-visitatori

Ti aspettiamo nel 2025!
Il team BIT""", auto_html=True, brand="BIT 2024", color="#00558c", mid="sendgrid", kind="event:survey")

M("cugina-matrimonio", "2024-02-18 17:45", CUGINA, ME_ADDR, "Save the date 💍 22 giugno",
  """Cara Rossella,
finalmente è ufficiale: io e Salvatore ci sposiamo sabato 22 giugno alla chiesa di San Gennaro al Vomero, e poi festa a Villa Guerra a Pozzuoli!
L'invito vero arriverà per posta, ma intanto segnatevi la data tutti e tre. Matteo fa il paggetto se vuole 😍
Un abbraccio,
Ilaria""", mid="gmail", kind="personal:family-wedding")

M("cugina-matrimonio-re", "2024-02-18 21:02", ME, CUGINA, None,
  """Ilaaa che notizia meravigliosa!!! Auguri a tutti e due ❤️ Segnato in rosso. Matteo ha detto sì al paggetto ma solo "se non devo mettere la cravatta" 😂
Un bacio grande""", reply="cugina-matrimonio", mid="gmail", kind="personal:family-reply")

M("satispay-fede", "2024-02-20 08:01", "Satispay <noreply@satispay.com>", ME_ADDR,
  "Hai inviato 150,00 € a Federica",
  """Hai inviato 150,00 € a Federica Iovine.
Messaggio: "terme mamma e papà 🎁"
Data: 20/02/2024 08:01
Satispay Europe S.A.""", mid="generic", kind="bank:p2p-payment")

M("libri-febbraio", "2024-02-25 11:30", LIBRI, "circololettura.arenella@gmail.com", "Prossimo incontro: \"Il giardino dei Finzi-Contini\"",
  """Care lettrici e cari lettori,
il prossimo incontro sarà giovedì 7 marzo alle 19 alla libreria Io ci sto, piazza Fuga.
Leggiamo "Il giardino dei Finzi-Contini" di Giorgio Bassani. Porta chi vuoi!
Gabriella""", mid="gmail", kind="club:book-club")

# ---------------------------------------------------------------- March
M("iliad-mar", "2024-03-22 04:11", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella,
la tua fattura di marzo (9,99 €) è disponibile nell'Area Personale e sarà addebitata il 24/03/2024.
iliad""", mid="generic", kind="utility:phone-bill")

M("fede-nipote", "2024-03-10 16:20", FEDE, ME_ADDR, "compleanno Giorgia",
  """Il 23 facciamo la festa di Giorgia a casa, niente di che, merenda e pignatta. Venite? Lei vuole solo "il cugino Matteo", gli altri non le interessano 😂
Regalo: è in fissa con i cavalli, qualsiasi cosa coi cavalli va bene""", mid="gmail", kind="personal:family")

M("fede-nipote-re", "2024-03-10 18:05", ME, FEDE, None,
  """Veniamo! Matteo è già pronto a fare il cavallo per lei 🐴 Le prendo il maneggio di Schleich, quello con la stalla.""",
  reply="fede-nipote", mid="gmail", kind="personal:family-reply")

M("ikea-marzo", "2024-03-14 09:00", "IKEA Italia <ikea@news.email.ikea.it>", ME_ADDR,
  "Primavera in casa: nuove idee per il balcone 🌿",
  """Dai nuova vita al tuo balcone: tavolini pieghevoli, vasi e luci solari.
Con IKEA Family, fino al 24 marzo, -15% su tutta la collezione outdoor.
IKEA Napoli – Afragola. Disiscriviti""",
  auto_html=True, brand="IKEA", color="#0058a3", mid="sendgrid", kind="promo:retail")

M("webinar-registrazione", "2024-03-08 12:00", "HotelTech Academy <eventi@hoteltechacademy.it>", ME_ADDR,
  "La registrazione del webinar è disponibile",
  """Ciao Rossella,
grazie per aver partecipato a "Revenue Management 2024: pricing dinamico oltre le OTA". Qui trovi la registrazione e le slide:
https://hoteltechacademy.it/webinar/rm2024/replay
Prossimo appuntamento: "Upselling e total revenue" – 11 aprile.
HotelTech Academy""", auto_html=True, brand="HotelTech Academy", color="#14213d", mid="sendgrid", kind="event:webinar-replay")

M("davide-cena", "2024-03-21 12:50", DAVIDE, ME_ADDR, "sabato sera",
  """Sabato ci hanno invitato Pasquale e Tina a cena da loro a Bagnoli. Io ho detto sì, Matteo lo lasciamo da tua madre? Dimmi tu""",
  mid="gmail", kind="personal:partner")

M("davide-cena-re", "2024-03-21 13:31", ME, DAVIDE, None,
  """Sì va bene, chiamo mamma. Porto io il vino, quello di Gragnano che piace a Pasquale.""",
  reply="davide-cena", mid="gmail", kind="personal:partner-reply")

M("banco-grazie", "2024-03-31 10:00", "Banco Alimentare Campania <volontari@bancoalimentarecampania.it>", ME_ADDR,
  "Grazie! Abbiamo raccolto 38 tonnellate 💚",
  """Cara volontaria, caro volontario,
grazie di cuore: sabato in Campania abbiamo raccolto 38 tonnellate di alimenti, che arriveranno a 210 strutture caritative.
Ti aspettiamo alla prossima Colletta, a novembre.
Banco Alimentare Campania ODV""", mid="generic", kind="volunteer:thank-you")

# ---------------------------------------------------------------- April
M("calcio-torneo", "2024-04-04 19:10", MISTER, OLD, "Convocazione torneo Pasqua – Pulcini 2016",
  """Gentili genitori,
il torneo di domenica 7 aprile si giocherà a Marano, campo Comunale. Ritrovo ore 9:00 al campo, divisa blu.
Convocati: Alfieri, Capuano, De Rosa, Esposito G., Mele, Russo, Sorrentino M., Tuccillo, Vitale.
Mister Enzo""", mid="generic", kind="club:kids-football")

M("paypal-ricevuta", "2024-04-11 15:22", "PayPal <servizio@paypal.it>", ME_ADDR,
  "Ricevuta del pagamento a Schleich Online Shop",
  """Ciao Rossella Iovine,
hai inviato un pagamento di 44,90 EUR a Schleich GmbH.
Numero transazione: 7TX31882AB5602938
Descrizione: Maneggio con stalla 42344
Ci vorranno alcuni istanti perché la transazione compaia nel tuo conto.
PayPal""", auto_html=True, brand="PayPal", color="#003087", mid="generic", mid_domain="paypal.it", kind="bank:payment-receipt")

M("mamma-bici-foto", "2024-04-14 09:30", MAMMA, OLD, "la bici",
  """ecco matteo con la bici nuova BLU come volevi tu. ieri alla festa era il re.
ci sono rimaste 8 pizzette le ho congelate""", mid="libero", attach=[JPG("IMG_20240413_181522.jpg")], kind="personal:family-photos")

M("iliad-apr", "2024-04-22 04:09", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella, la tua fattura di aprile è disponibile: 9,99 €, addebito il 24/04/2024.
Hai consumato 38,2 GB su 150 GB.
iliad""", mid="generic", kind="utility:phone-bill")

M("libri-aprile", "2024-04-18 11:00", LIBRI, "circololettura.arenella@gmail.com", "Aprile: cambiamo sede!",
  """Ciao a tutti,
giovedì 2 maggio ci vediamo da Gabriella (via Cimarosa 140, citofono Ruocco) perché la libreria è chiusa per inventario.
Libro: "L'arminuta" di Donatella Di Pietrantonio. Ognuno porta qualcosa da sgranocchiare.
Gabriella""", mid="gmail", kind="club:book-club")

M("ryanair-promo", "2024-04-25 10:30", "Ryanair <ryanair@mail.ryanair.com>", ME_ADDR,
  "Posti in saldo da 19,99 € ✈️ Solo 48 ore",
  """Voli da Napoli a partire da 19,99 €: Bruxelles, Cracovia, Malta, Valencia.
Prenota entro la mezzanotte di venerdì per viaggi tra maggio e giugno.
Ryanair DAC – Gestisci preferenze""", auto_html=True, brand="RYANAIR", color="#073590", mid="sendgrid", kind="promo:travel")

M("cugina-invito-conferma", "2024-04-29 20:15", CUGINA, ME_ADDR, "RSVP 😊",
  """Rossella ciao, sto chiudendo i tavoli: confermi che siete in tre? Allergie/intolleranze? Matteo menù bambini o grande?
Grazie!! Ila""", mid="gmail", kind="personal:family-wedding")

M("cugina-invito-conferma-re", "2024-04-30 08:15", ME, CUGINA, None,
  """Confermiamo in tre! Nessuna allergia. Matteo menù grande, ti avviso: mangia più di Davide 😂""",
  reply="cugina-invito-conferma", mid="gmail", kind="personal:family-reply")

# ---------------------------------------------------------------- May
M("netflix-nuovo-dispositivo", "2024-05-05 21:10", "Netflix <info@account.netflix.com>", ME_ADDR,
  "Nuovo accesso al tuo account",
  """Ciao Rossella,
qualcuno ha effettuato l'accesso al tuo account da un nuovo dispositivo:
Smart TV Samsung – Pozzuoli, Campania, Italia – 5 maggio 2024
Se sei stata tu (o un membro del tuo nucleo domestico), non devi fare nulla.
Il team Netflix""", auto_html=True, brand="NETFLIX", color="#e50914", mid="generic", mid_domain="account.netflix.com", kind="account:security-alert")

M("pediatra", "2024-05-09 12:45", "Studio Pediatrico Dr. Lamberti <studiolamberti.pediatra@gmail.com>", OLD,
  "Certificato medico attività sportiva – Matteo Sorrentino",
  """Buongiorno,
in allegato il certificato di idoneità all'attività sportiva non agonistica di Matteo, valido un anno. L'originale firmato lo può ritirare in studio.
Cordiali saluti
Segreteria Studio Lamberti""", mid="gmail",
  attach=[("Certificato_sportivo_Sorrentino_M.pdf", "application/pdf", fake_pdf("Certificato sportivo"))], kind="health:pediatrician")

M("feltrinelli-mag", "2024-05-15 10:00", "laFeltrinelli <newsletter@lafeltrinelli.it>", ME_ADDR,
  "Maggio dei libri: 3x2 sui tascabili",
  """Dal 15 al 31 maggio: prendi 3 tascabili, paghi i 2 più cari.
Incontri con gli autori a Napoli, piazza dei Martiri: il calendario sul sito.
laFeltrinelli – Disiscriviti""", auto_html=True, brand="laFeltrinelli", color="#c4161c", mid="sendgrid", kind="newsletter:shop")

M("davide-gemelli", "2024-05-16 23:40", DAVIDE, ME_ADDR, "Roma",
  """Stanotte sono tranquillo in reparto e ci pensavo. Ho guardato i bandi di mobilità: il Gemelli e Tor Vergata ne fanno uno a giugno. Se a te va bene con quelli di Roma io faccio domanda appena esce, così non ci troviamo a fare i pendolari per anni.
Domani hai il colloquio in video no? Spacca tutto
D.""", mid="gmail", kind="personal:partner")

M("davide-gemelli-re", "2024-05-17 07:20", ME, DAVIDE, None,
  """Sì sì, fai domanda a tutti e due! Anche se non va con Roma, male non fa.
Grazie amore ❤️ caffè e vado""", reply="davide-gemelli", mid="gmail", kind="personal:partner-reply")

M("iliad-mag", "2024-05-22 04:12", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella,
la tua fattura del mese di maggio è disponibile. Importo: 9,99 €. Addebito il 24/05/2024 su carta **** 4471.
iliad""", mid="generic", kind="utility:phone-bill")

M("ikea-maggio", "2024-05-26 09:00", "IKEA Italia <ikea@news.email.ikea.it>", ME_ADDR,
  "Nuova cameretta? Ti aiutiamo noi",
  """Progetta la cameretta dei tuoi figli con il nostro planner online o prenota una consulenza gratuita in negozio.
Letti a soppalco, scrivanie e contenitori per ogni età.
IKEA Italia – Disiscriviti""", auto_html=True, brand="IKEA", color="#0058a3", mid="sendgrid", kind="promo:retail")

# ---------------------------------------------------------------- June
M("calcio-fine", "2024-06-01 11:00", MISTER, OLD, "Festa di fine stagione e iscrizioni 2024/25",
  """Gentili genitori,
sabato 8 giugno alle 17 festa di fine stagione al campo con consegna delle medaglie e partita genitori-figli (preparate le caviglie!).
Le pre-iscrizioni per la stagione 2024/25 sono aperte fino al 30 giugno con quota agevolata.
Segreteria Vomero Academy""", mid="generic", kind="club:kids-football")

M("calcio-fine-re", "2024-06-02 09:40", ME_OLD, MISTER, None,
  """Buongiorno,
saremo alla festa! Per la prossima stagione purtroppo non rinnoviamo: a settembre ci trasferiamo a Roma per lavoro. Grazie di cuore a mister Enzo per quest'anno, Matteo lo adora.
Cordiali saluti
Rossella Iovine (mamma di Matteo Sorrentino)""", reply="calcio-fine", mid="libero", kind="club:reply")

M("zalando-ship-giu", "2024-06-13 17:10", "Zalando <info@service-mail.zalando.it>", ME_ADDR,
  "Il tuo pacco è in arrivo",
  """Il tuo ordine 10107741002918 è stato spedito con GLS.
Consegna prevista: 15-17 giugno. Tracking: 5308 8812 4471.
Zalando""", auto_html=True, brand="zalando", color="#ff6900", mid="generic", kind="shopping:shipping")

M("cugina-grazie", "2024-06-24 13:30", CUGINA, ME_ADDR, "grazie ❤️",
  """Rossella, grazie di tutto: per il regalo, per esserci stati e per aver ballato fino alle 2 (Davide è una scoperta!). E Matteo il paggetto più bello del mondo, le foto ve le mando appena il fotografo ce le dà.
Partiamo domani per Zanzibar!!
Ila & Salvo""", mid="gmail", kind="personal:family-wedding")

M("google-foto", D("2024-06-29 16:00", "+0000"), "Google Foto <noreply-photos@google.com>", ME_ADDR,
  "Rivivi i tuoi ricordi: giugno 2024",
  """Ecco alcuni momenti di questo mese: "Matrimonio di Ilaria" e "Festa di fine anno".
Guarda i ricordi nell'app Google Foto.
Google LLC""", auto_html=True, brand="Google Foto", color="#1a73e8", mid="generic", mid_domain="google.com", kind="account:photos")

# ---------------------------------------------------------------- July
M("iliad-lug", "2024-07-22 04:10", "iliad <no-reply@iliad.it>", ME_ADDR,
  "La tua fattura iliad è disponibile",
  """Ciao Rossella,
la tua fattura di luglio (9,99 €) è disponibile nell'Area Personale.
Stai per partire? Con Giga 150 hai 13 GB in roaming UE inclusi.
iliad""", mid="generic", kind="utility:phone-bill")

M("amazon-scatoloni-ship", "2024-07-03 08:40", "Amazon.it <spedizione@amazon.it>", ME_ADDR,
  "Spedito: \"Scatoloni per trasloco 60x40x40...\" e altri 2 articoli",
  """Il tuo pacco arriverà domani, giovedì 4 luglio.
Corriere: Amazon Logistics
Traccia il pacco dall'app Amazon.""", auto_html=True, brand="amazon.it", color="#232f3e", mid="ses", kind="shopping:shipping")

M("mari-napoli", "2024-07-06 18:22", MARI, ME_ADDR, "scendo!",
  """Rosse scendo a Napoli dal 12 al 16! Prosecco a Mergellina confermato? Sabato 13 sera?
E voglio vedere le foto della casa di Roma, le pretendo""", mid="outlook", kind="personal:friend")

M("mari-napoli-re", "2024-07-06 20:40", ME, MARI, None,
  """Sabato 13 perfetto, ore 20 al solito chiosco. Le foto della casa te le faccio vedere dal vivo, non si vede niente su WhatsApp, è tutta luce 😍""",
  reply="mari-napoli", mid="gmail", kind="personal:friend-reply")

M("ikea-ordine-roma", "2024-07-21 19:44", "IKEA Italia <noreply@order.ikea.it>", ME_ADDR,
  "Conferma d'ordine n. 1488227310",
  """Ciao Rossella,
grazie per il tuo ordine!

Consegna: Via di Donna Olimpia, Roma – fascia oraria 31/08/2024, 14:00-18:00
• SMÅSTAD letto a soppalco bianco – 1 pz
• METOD/ESSEBODA cucina componibile – 1 kit
• KALLAX scaffale 4x4 – 1 pz

Totale: 2.318,00 € – pagato con carta **** 4471
Servizio montaggio incluso.

IKEA Italia Retail S.r.l.""", auto_html=True, brand="IKEA", color="#0058a3", mid="sendgrid", kind="shopping:order-confirmation")

M("booking-reminder", "2024-07-24 10:00", "Booking.com <noreply@booking.com>", ME_ADDR,
  "Mancano 10 giorni al tuo viaggio a Palinuro!",
  """Rossella, il tuo soggiorno al Residence Le Saline si avvicina!
Check-in: sabato 3 agosto 2024.
Vuoi aggiungere un orario d'arrivo o scrivere alla struttura? Fallo dall'app.
Booking.com""", auto_html=True, brand="Booking.com", color="#003580", mid="generic", mid_domain="booking.com", kind="travel:reminder")

M("mamma-luglio", "2024-07-25 11:05", MAMMA, OLD, "agosto",
  """rosse prima di partire per roma venite a cena tutti? il 28 che è domenica. faccio la parmigiana.
e porta le scatole che ti ho tenuto dei piatti della nonna, li vuoi per la casa nuova?
mamma""", mid="libero", kind="personal:family")

M("mamma-luglio-re", "2024-07-25 14:30", ME_OLD, MAMMA, None,
  """Sì ma', il 28 ci siamo! I piatti della nonna li voglio eccome, li metto nella credenza nuova. Ti voglio bene""",
  reply="mamma-luglio", mid="libero", kind="personal:family-reply")
