# -*- coding: utf-8 -*-
"""Family, friends, choir, neighbours: ordinary personal mail (all not_job)."""
from common import M, ME, ME_CH, ME_AT, ME_FROM, ME_FROM_AT, RETO, MAMA, JULIA, NINA, SABINE


def P(key, date, frm, to, subject, body, kind="personal", **kw):
    return M(key, date, frm, to, subject, body, label="not_job", kind=kind, **kw)


MARCO = "Marco Lüscher <marco.luescher82@gmail.com>"
URSULA = "Ursula Frei <praesidium@chor-wipkingen.ch>"
CHOR = "Gemischter Chor Wipkingen <info@chor-wipkingen.ch>"
BACHMANN = "Heidi Bachmann <heidi.bachmann@bluewin.ch>"
KITA_ELTERN = "Andrea Zollinger <andrea.zollinger@gmail.com>"
PAPA = "Herbert Hofstätter <h.hofstaetter@aon.at>"

# ------------------------------------------------------------ January
P("mama-jan-1", "2025-01-13 10:12 +0100", MAMA, ME_AT, "Grüße aus Graz",
  """Liebe Vreni,

wie geht es euch? Ist der Elias wieder gesund? Der Papa hat gesagt, du hast am Telefon so müde geklungen.

Bei uns ist alles beim Alten. Es hat wieder geschneit, der Papa hat sich beim Schneeschaufeln den Rücken verrissen und liegt jetzt auf der Couch und jammert. Die Tante Resi lässt dich grüßen, sie war am Sonntag zum Kaffee da.

Wie schaut es mit der Arbeit aus? Hast du schon was Neues in Aussicht? Ich denk oft an dich, das ist sicher nicht leicht, so weit weg und dann das mit der Kündigung.

Schreib mir bitte bald.
Busserl
Mama""", mid="aon")

P("mama-jan-1-re", "2025-01-13 21:47 +0100", ME_FROM, MAMA, "Re: Grüße aus Graz",
  """Liebe Mama

Danke für deine Mail! Elias ist wieder fit, er hat heute in der Kita den ganzen Tag Schneemänner "gebaut" (eher Schneehäufchen). Ich war einfach müde, die Nächte waren ein bisschen kurz.

Mit der Arbeit: Ich bin ja noch bis Ende März bei der Brändli angestellt, das gibt mir etwas Zeit. Ich habe mich beim RAV angemeldet, das ist hier das Arbeitsamt, und schreibe jetzt fleissig Bewerbungen. Mach dir bitte keine Sorgen, Lohnbuchhalterinnen werden eigentlich immer gesucht.

Gute Besserung an den Papa! Er soll den Schnee nächstes Mal einfach liegen lassen.

Busserl zurück
Vreni""", reply="mama-jan-1", quote=True, mid="gmx")

P("reto-jan-znacht", "2025-01-17 12:03 +0100", RETO, ME_CH, "morn z'nacht",
  """Hoi Schatz

Sabine hät grad gschribe, ob mer morn zum Znacht chömed. Sie machet Raclette. Ich hett scho zuegseit, isch das ok? Elias chan det im Gäschtezimmer schlafe, Jonas freut sich mega.

Bring ich no Wii mit oder du?

Kuss R.""", mid="bluewin")

P("reto-jan-znacht-re", "2025-01-17 12:31 +0100", ME_FROM, RETO, "Re: morn z'nacht",
  """Ja super, gerne! Ich bring den Wein, ich bin eh beim Coop. Denk an die Windeln für Elias, die grosse Packung ist im Gang.

V.""", reply="reto-jan-znacht", quote=True, mid="gmx")

P("nina-jan-letter", "2025-01-21 20:55 +0100", NINA, ME_AT, "Lebenszeichen aus Graz :)",
  """Hallo du Liebe!

Ewig nix gehört, Asche auf mein Haupt. Ich hab deine Sprachnachricht erst gestern richtig angehört, sorry. Das mit der Kündigung ist ja echt zum Kotzen, aber ehrlich: Du findest sicher schnell was, du bist die beste Personalverrechnerin, die ich kenn (gut, ich kenn nur zwei).

Bei mir: Ich halt es in der Firma auch nicht mehr lang aus. Seit der neue Abteilungsleiter da ist, ist die Stimmung im Keller. Ich schau mich auch ein bisserl um, mal sehen.

Sonst: Ich war mit Flo im Dezember in Triest, war traumhaft, und ich hab endlich den Tanzkurs angefangen. Flo hat zwei linke Füße, aber er bemüht sich.

Kommt ihr zu Ostern nach Graz? Dann MÜSSEN wir auf einen Spritzer gehen.

Bussi
Nina""", mid="gmail")

P("nina-jan-letter-re", "2025-01-23 22:10 +0100", ME_FROM_AT, NINA, "Re: Lebenszeichen aus Graz :)",
  """Liebe Nina

Haha, zwei Personalverrechnerinnen und ich bin die bessere, das nehm ich als Kompliment.

Ja, wir sind über Ostern in Graz, voraussichtlich vom Gründonnerstag bis Ostermontag. Spritzer ist gebucht! Sag Flo, er soll üben, ich will ein Tanzvideo sehen.

Und halt mich auf dem Laufenden, wenn du dich wirklich bewirbst – ich kann dir gern beim Lebenslauf helfen, ich sitze ja gerade eh den ganzen Tag an meinem.

Bussi
Vreni""", reply="nina-jan-letter", quote=True, mid="gmx")

P("julia-jan-photos", "2025-01-25 14:18 +0100", JULIA, ME_CH, "Küche fertig!!!",
  """Vreni!!

Nach nur 11 Wochen (statt 3) ist die Küche fertig. Fotos im Anhang, bitte gebührend bewundern. Die Fliesen hat Mario ausgesucht, ich war dagegen, aber jetzt gefallen sie mir eh.

Ostern: Mama fragt schon dreimal täglich, wer wann kommt. Wir kommen am Samstag nach Graz, Sonntag dann alle bei den Eltern zum Mittagessen. Passt das für euch?

Lg J.""", mid="gmail",
  attach=[("IMG_2291.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-kitchen-photo-1\xff\xd9"),
          ("IMG_2294.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-kitchen-photo-2\xff\xd9")])

P("julia-jan-photos-re", "2025-01-25 18:02 +0100", ME_FROM, JULIA, "Re: Küche fertig!!!",
  """Wow, die ist wunderschön geworden! Die Fliesen sind super, sag Mario, er hat Geschmack (sag ihm aber nicht, dass ich das gesagt hab).

Ostern passt. Wir fahren am Donnerstag mit dem Zug, Reto hat schon Tickets geschaut. Elias wird die ganze Zeit mit Leonie spielen wollen, stell dich darauf ein.

Bussi
Vreni""", reply="julia-jan-photos", quote=True, mid="gmx")

P("sabine-lunch", "2025-01-29 09:20 +0100", ME_FROM, SABINE, "Zmittag nächste Woche?",
  """Hoi Sabine

Danke nochmals fürs Raclette, Elias redet immer noch vom "Chäs-Öfeli".

Hast du nächste Woche mal Zeit für einen Zmittag? Ich bin Dienstag und Donnerstag im Homeoffice und könnte zu dir in die Stadt kommen. Ich muss dir erzählen, wie es bei der Brändli gerade zu und her geht...

Liebe Grüsse
Verena""", mid="gmx")

P("sabine-lunch-re", "2025-01-29 13:44 +0100", SABINE, ME_CH, "AW: Zmittag nächste Woche?",
  """Hoi Verena

Gern! Donnerstag 12:15 im Café Limmatblick? Ich hab bis 13:30 Zeit, dann hab ich einen Kundentermin.

Und ja, ich bin gespannt. Klingt nach Drama.

Bis dann, Sabine""", reply="sabine-lunch", quote=True, mid="sunrise")

P("marco-qst", "2025-01-31 19:38 +0100", MARCO, ME_CH, "Frage Quellensteuer Tarif – sorry fürs Stören :)",
  """Hoi Verena

Sorry, dass ich dich privat anschreibe, aber du bist einfach die Einzige, die das weiss. Wir haben einen neuen Mitarbeiter aus Italien, verheiratet, Frau arbeitet nicht in der Schweiz, zwei Kinder. Ich komme im Abacus beim Tarifcode nicht weiter: C oder B? Die neue Kollegin in Krakau weiss es auch nicht.

Falls du am Montag kurz Zeit hast, wäre ich dir ewig dankbar.

Gruess Marco""", mid="gmail", kind="personal:ex-colleague-work-question")

P("marco-qst-re", "2025-01-31 21:02 +0100", ME_FROM, MARCO, "Re: Frage Quellensteuer Tarif – sorry fürs Stören :)",
  """Hoi Marco

Kein Problem. Wenn die Ehefrau kein Erwerbseinkommen in der Schweiz hat (und auch sonst keins), ist es Tarif B, mit zwei Kindern also B2. C wäre nur, wenn beide verdienen. Kirchensteuer Y oder N je nach Angabe im Personalblatt.

Schau am Montag zur Sicherheit noch in die Tariftabelle vom Kanton, aber ich bin ziemlich sicher.

Ich bin ja eh noch bis Ende März da, frag einfach.

Liebe Grüsse
Verena""", reply="marco-qst", quote=True, mid="gmx", kind="personal:ex-colleague-work-question")

# ------------------------------------------------------------ February
P("reto-ski", "2025-02-03 18:15 +0100", RETO, ME_CH, "Fwd: Buchungsbestätigung Berghaus Tannenboden",
  """Schatz, Flumserberg isch gbuecht! 22.–23. Februar, Familiezimmer mit Chinderbett. Sabine und Marc händ s Zimmer näbedra.

---------- Weitergeleitete Nachricht ----------
Von: Berghaus Tannenboden <info@berghaus-tannenboden.ch>
Datum: 3. Februar 2025
Betreff: Buchungsbestätigung

Guten Tag Herr Ammann
Vielen Dank für Ihre Reservation. Wir bestätigen Ihnen:
Anreise: Samstag, 22.02.2025 / Abreise: Sonntag, 23.02.2025
1 Familienzimmer mit Kinderbett, Halbpension
Preis: CHF 286.00 inkl. Kurtaxe
Wir freuen uns auf Ihren Besuch!
Familie Wildhaber""", mid="bluewin")

P("julia-feb-kita", "2025-02-06 21:30 +0100", JULIA, ME_CH, "Kindergarten-Drama",
  """Vreni, kurz zum Auskotzen:

Wir haben für Leonie ab Herbst einen Kindergartenplatz beantragt, und heute kam der Bescheid: Wunschkindergarten abgelehnt, sie kommt in den in der Gudrunstraße, 25 Minuten Fußweg. Ich hab natürlich sofort Einspruch eingelegt. Wie ist das bei euch in Zürich, kann man sich das dort aussuchen?

Ich hoffe, bei dir läuft's besser.
J.""", mid="gmail", kind="personal:sibling-school-place")

P("julia-feb-kita-re", "2025-02-07 07:15 +0100", ME_FROM, JULIA, "Re: Kindergarten-Drama",
  """Oje, das ist ärgerlich. Nein, hier in Zürich wird man einfach dem Schulhaus im Quartier zugeteilt, da kann man gar nichts aussuchen. Bei uns ist das erst in zwei Jahren ein Thema.

Drück dir die Daumen für den Einspruch. Ruf mich am Wochenende an, dann erzähl ich dir auch von meiner Woche.

V.""", reply="julia-feb-kita", quote=True, mid="gmx")

P("chor-probe-feb", "2025-02-10 08:00 +0100", CHOR, "Mitglieder Chor Wipkingen <mitglieder@chor-wipkingen.ch>",
  "Probeplan Frühling und Konzert vom 17. Mai",
  """Liebe Sängerinnen und Sänger

Anbei der Probeplan bis zum Frühlingskonzert vom Samstag, 17. Mai, in der Kirche Letten.

Wichtig:
- Zusatzprobe Samstag, 15. März, 10–13 Uhr (Sopran und Alt)
- Ganztagesprobe Sonntag, 11. Mai, 10–17 Uhr (alle)
- Hauptprobe Freitag, 16. Mai, 19 Uhr

Bitte meldet Abwesenheiten frühzeitig bei mir. Die Noten für "Ubi caritas" (Gjeilo) liegen ab Donnerstag bereit.

Musikalische Grüsse
Ursula Frei, Präsidentin""", mid="default",
  attach=[("Probeplan_Fruehling_2025.pdf", "application/pdf", b"%PDF-1.4\n% Probeplan\n%%EOF\n")],
  kind="club:choir")

P("bachmann-paket", "2025-02-12 17:40 +0100", BACHMANN, ME_CH, "Ihr Paket",
  """Liebe Frau Hofstätter

Der Pöstler hat heute ein Paket für Sie bei mir abgegeben (von Zalando, glaube ich). Sie können es jederzeit bei mir holen, ich bin den ganzen Abend zuhause.

Herzliche Grüsse
Heidi Bachmann, 2. Stock""", mid="bluewin", kind="personal:neighbour")

P("nina-interview", "2025-02-19 21:12 +0100", NINA, ME_AT, "Ich hatte heute ein Vorstellungsgespräch!!!",
  """VRENI!

Ich hab's getan. Heute war ich beim Vorstellungsgespräch bei der Softwarefirma in der Reininghaus-Siedlung, von der ich dir erzählt hab (Projektassistenz, 30 Stunden). Die waren super nett, Obstkorb, Hund im Büro, alle per du. Die eine Frau hat gefragt, wo ich mich in fünf Jahren sehe – ich hab "hoffentlich nicht mehr in meiner jetzigen Firma" gesagt, haha, war vielleicht nicht so klug. Aber sie hat gelacht.

Nächste Woche soll ich Bescheid bekommen. Ich bin so nervös!!

Wie läuft's bei dir? Du bist ja jetzt Profi im Bewerben, gib mir Tipps fürs zweite Gespräch, falls es eins gibt.

Bussi, Nina""", mid="gmail", kind="lookalike:friend-own-interview")

P("nina-interview-re", "2025-02-20 07:30 +0100", ME_FROM_AT, NINA, "Re: Ich hatte heute ein Vorstellungsgespräch!!!",
  """Nina, wie cool!! Ich bin so stolz auf dich. Und die Antwort mit den fünf Jahren ist doch ehrlich – wenn sie gelacht hat, ist alles gut.

Tipps fürs zweite Gespräch: konkrete Beispiele vorbereiten (ein Projekt, bei dem was schiefging und wie du's gelöst hast), und selber Fragen stellen – wie die Einarbeitung läuft, wer im Team ist. Und frag nach dem Gehaltsband, bevor sie fragen.

Daumen sind gedrückt!
V.""", reply="nina-interview", quote=True, mid="gmx", kind="personal")

P("reto-elias-fieber", "2025-02-26 10:48 +0100", RETO, ME_CH, "Elias",
  """Kita hät aglüte, Elias hät 38.9. Ich chan ihn hole, bin um 11:30 det. Chasch du am Nomittag übernäh? Ich han um 14:00 es Meeting wo ich nöd chan verschiebe.""", mid="bluewin")

P("reto-elias-fieber-re", "2025-02-26 10:55 +0100", ME_FROM, RETO, "Re: Elias",
  """Ja klar, ich nehm mir frei. Bin um 13:15 zuhause. Fiebersaft ist im Bad oben links.""",
  reply="reto-elias-fieber", mid="gmx")

# ------------------------------------------------------------ March
P("mama-march", "2025-03-02 16:20 +0100", MAMA, ME_AT, "Ostern und Geburtstag",
  """Liebe Vreni,

ich hab schon die Zimmer hergerichtet für Ostern. Ihr schlaft im alten Kinderzimmer, das Gitterbett vom Elias hat der Papa vom Dachboden geholt (mit dem Rücken, ich hab geschimpft).

Zum Geburtstag vom Reto schick ich euch ein Packerl mit Kürbiskernöl und den Keksen, die er so gern mag. Sollte diese Woche ankommen.

Und? Gibt es was Neues mit der Arbeit? Die Tante Resi hat gesagt, in der Schweiz verdient man ja so gut, da findet man sicher schnell was. Ich hab gesagt, das ist nicht so einfach.

Alles Liebe
Mama

PS: Der Papa lässt ausrichten, der FC Sturm ist wieder Tabellenführer.""", mid="aon")

P("mama-march-re", "2025-03-03 20:41 +0100", ME_FROM, MAMA, "Re: Ostern und Geburtstag",
  """Liebe Mama

Danke, das Packerl ist heute angekommen! Reto hat die Kekse schon entdeckt, ich musste sie verstecken.

Arbeit: Es laufen ein paar Bewerbungen, ein Gespräch hatte ich schon, aber noch keine Zusage. Tante Resi hat nicht ganz unrecht, die Löhne sind hoch, aber die Mieten auch. Ende März ist mein letzter Tag bei der Brändli, ab April bekomme ich Taggeld von der Arbeitslosenkasse, das reicht gut.

Sag dem Papa, Reto ist seit Neuestem Sturm-Fan, aus Solidarität.

Busserl
Vreni""", reply="mama-march", quote=True, mid="gmx")

P("sabine-reto-bday", "2025-03-10 12:44 +0100", ME_FROM, [SABINE, "Marc Keller <marc.keller@gmail.com>"],
  "Geheim: Retos 40. am Samstag",
  """Hoi ihr zwei

Wie besprochen: Samstag, 15. März, ab 19 Uhr bei uns. Reto denkt, wir gehen zu zweit essen. Bitte pünktlich sein, ich hole ihn um 19:15 "vom Velo-Service" ab.

Sabine, kannst du den Kuchen übernehmen? Marc, du bist für die Musik zuständig – bitte keine Schlager.

Es kommen etwa 14 Leute. Kein Wort zu Reto!!

Verena""", mid="gmx")

P("sabine-reto-bday-re", "2025-03-10 13:02 +0100", SABINE, ME_CH, "AW: Geheim: Retos 40. am Samstag",
  """Kuchen: check. Schoggi oder Rüebli? Ich tendiere zu beidem.

Und Marc sagt: "Keine Schlager, aber eine einzige Helene Fischer ist Pflicht." Ich habe ihm gesagt, du entscheidest.

S.""", reply="sabine-reto-bday", quote=True, mid="sunrise")

P("marco-apero", "2025-03-25 11:05 +0100", MARCO, ME_CH, "Abschiedsapéro Donnerstag",
  """Hoi Verena

Wir (die Überlebenden der HR-Abteilung, haha) möchten dir am Donnerstag um 16:30 in der Cafeteria einen kleinen Abschiedsapéro machen. Sag's bitte nicht weiter, Daniela weiss Bescheid, aber offiziell ist es eine Überraschung. Du musst nur um 16:30 "zufällig" in die Cafeteria kommen.

Wir werden dich vermissen, ehrlich. Wer soll mir jetzt die Quellensteuer erklären?

Gruess Marco""", mid="gmail")

P("marco-apero-re", "2025-03-27 22:18 +0100", ME_FROM, MARCO, "Re: Abschiedsapéro Donnerstag",
  """Lieber Marco

Danke für den schönen Apéro heute, ich war wirklich gerührt. Der Blumenstrauss steht schon in der Vase und die Karte mit all den Unterschriften hebe ich auf.

Und für Quellensteuer-Fragen bin ich weiterhin per Mail erreichbar – gegen Bezahlung in Schoggi.

Bleib gesund und lass dich nicht unterkriegen!
Verena""", reply="marco-apero", quote=True, mid="gmx")

P("reto-steuern", "2025-03-28 08:22 +0100", RETO, ME_CH, "Steuererklärig",
  """Hoi, ich han d Steuererklärig fasch fertig im ZHprivateTax. Bruche no vo dir:
- Lohnusweis Brändli 2024
- Bestätigung 3a
- Kita-Rechnige 2024 (Fremdbetreuigsabzug)

Chasch mir das am Wuchenend gäh? Abgabe isch 31.3., aber ich mach no e Fristverlängerig.

R.""", mid="bluewin")

P("reto-steuern-re", "2025-03-28 09:10 +0100", ME_FROM, RETO, "Re: Steuererklärig",
  """Hab dir alles in den gemeinsamen Ordner gelegt ("Steuern 2024"). Den Lohnausweis hab ich als PDF, die Kita-Rechnungen sind gescannt. 3a-Bestätigung liegt noch auf Papier im Büro auf dem Stapel.

Danke, dass du das machst!""", reply="reto-steuern", quote=True, mid="gmx")

# ------------------------------------------------------------ April
P("julia-easter", "2025-04-08 19:03 +0200", JULIA, [ME_CH, "Mario Winkler <mario.winkler@gmx.at>"], "Ostern – Einkaufsliste für Mama",
  """Hallo ihr,

Mama will wieder alles selber machen, aber ich hab ihr verboten, das Osterfleisch allein zu besorgen. Aufteilung:

- Vreni/Reto: Schweizer Schoggi-Hasen (viele!), und bitte den Zopf vom Bäcker, den Mama letztes Jahr so gut fand
- Mario/ich: Schinken, Kren, Eier färben mit den Kindern am Samstag
- Papa: Wein (lässt er sich eh nicht nehmen)

Passt das?
J.""", mid="gmail")

P("julia-easter-re", "2025-04-08 20:15 +0200", ME_FROM, JULIA, "Re: Ostern – Einkaufsliste für Mama",
  """Passt! Schoggi-Hasen sind schon gekauft, der Zopf kommt frisch am Donnerstagmorgen vom Bäcker mit in den Zug. Wir kommen um 18:20 in Graz an.

V.""", reply="julia-easter", quote=True, mid="gmx")

P("nina-easter", "2025-04-16 13:37 +0200", NINA, ME_AT, "Spritzer am Samstag?",
  """Samstag 17 Uhr im Parkhouse? Ich bring Flo mit, du Reto? Die Kleinen können bei deinen Eltern bleiben, oder?

PS: Ich hab den Job nicht bekommen. Die haben jemanden "mit mehr Erfahrung" genommen. Egal, ich bewerb mich weiter. Erzähl ich dir am Samstag.""",
  mid="gmail", kind="personal")

P("nina-easter-re", "2025-04-16 14:02 +0200", ME_FROM_AT, NINA, "Re: Spritzer am Samstag?",
  """Samstag 17 Uhr passt perfekt, Reto kommt mit. Und mist wegen des Jobs, das tut mir leid. Deren Verlust! Wir reden am Samstag.""",
  reply="nina-easter", mid="gmx")

P("mama-after-easter", "2025-04-22 09:30 +0200", MAMA, ME_AT, "Danke für den Besuch",
  """Liebe Vreni, lieber Reto,

es war so schön, dass ihr da wart. Das Haus ist jetzt wieder so still. Der Elias hat mir ein Bild gemalt, das hängt jetzt am Kühlschrank.

Ihr habt das Ladekabel vom Handy vergessen (weiß), ich schick es mit der Post.

Viel Glück für die Bewerbungen, ich zünde in der Kirche eine Kerze für dich an.

Alles Liebe
Mama und Papa""", mid="aon")

P("ursula-helfer", "2025-04-24 20:10 +0200", URSULA, ME_CH, "Konzert 17. Mai – Kasse?",
  """Liebe Verena

Hättest du Lust, am Konzert vom 17. Mai zusammen mit Thomas die Abendkasse zu übernehmen (18:30–19:30, danach singst du ja mit)? Du bist als unsere Kassierin die naheliegendste Wahl, und Thomas weiss, wo die Kasse ist.

Herzlich
Ursula""", mid="default", kind="club:choir")

P("ursula-helfer-re", "2025-04-24 21:33 +0200", ME_FROM, URSULA, "Re: Konzert 17. Mai – Kasse?",
  """Liebe Ursula

Ja, mache ich gern. Ich bringe genug Münz mit, und wir machen diesmal auch Twint, oder? Dann erstelle ich noch einen QR-Code.

Liebe Grüsse
Verena""", reply="ursula-helfer", quote=True, mid="gmx", kind="club:choir")

P("sabine-flat-tip", "2025-04-29 08:51 +0200", SABINE, ME_CH, "Wohnung! Eine Kollegin zieht aus",
  """Hoi Verena

Eine Kollegin von mir (Tamara) zieht Ende Juni aus ihrer 4.5-Zimmer-Wohnung an der Hönggerstrasse aus. Sie sagt, die Verwaltung ist ziemlich unkompliziert und wäre froh, wenn sie Nachmieter vorschlagen kann. Miete ca. 2'650 brutto. Soll ich dir ihre Nummer geben?

S.""", mid="sunrise")

P("sabine-flat-tip-re", "2025-04-29 09:05 +0200", ME_FROM, SABINE, "Re: Wohnung! Eine Kollegin zieht aus",
  """JA!!! Bitte sofort. Du bist ein Schatz. Wir haben nach der letzten Absage fast aufgegeben.""",
  reply="sabine-flat-tip", mid="gmx")

# ------------------------------------------------------------ May
P("reto-may-lunch", "2025-05-07 11:11 +0200", RETO, ME_CH, "Tamara",
  """Tamara hät gschribe, Besichtigung isch am Samstag am 10i. D Verwaltig schickt üs s Formular dänn per Mail. Ich nime d Betreibigsuszüg mit, hend mer die scho bstellt?""", mid="bluewin")

P("reto-may-lunch-re", "2025-05-07 12:20 +0200", ME_FROM, RETO, "Re: Tamara",
  """Betreibungsauszüge sind bestellt, kommen hoffentlich bis Freitag per Post. Ich druck noch die Lohnabrechnungen von dir aus und meine Bestätigung vom RAV bzw. der Arbeitslosenkasse. Hoffentlich ist das kein Problem...""",
  reply="reto-may-lunch", quote=True, mid="gmx")

P("ursula-concert-thanks", "2025-05-19 09:45 +0200", CHOR, "Mitglieder Chor Wipkingen <mitglieder@chor-wipkingen.ch>",
  "Danke für das wunderbare Konzert!",
  """Liebe Sängerinnen und Sänger

Was für ein Abend! Die Kirche war mit über 180 Personen voll, und die Rückmeldungen waren grossartig. Ein besonderer Dank an Verena und Thomas für die Abendkasse (Einnahmen CHF 3'460 inkl. Twint) und an das Apéro-Team.

Nach den Sommerferien starten wir am 21. August. Bis dahin: erholt euch gut!

Herzliche Grüsse
Ursula""", mid="default", kind="club:choir")

P("good-news-family", "2025-05-22 20:05 +0200", ME_FROM, [MAMA, PAPA, JULIA],
  "Ich hab eine neue Stelle!!!",
  """Ihr Lieben

Ich kann es selber noch kaum glauben: Heute habe ich eine Zusage bekommen! Ab 1. August arbeite ich als Payroll-Fachspezialistin bei einer Gesundheitsgruppe hier in Zürich (Spitäler und Pflegeheime), 80%, mit zwei Tagen Homeoffice. Das Büro ist in Altstetten, 15 Minuten mit dem Tram.

Den Vertrag bekomme ich in den nächsten Tagen. Reto hat schon Prosecco kaltgestellt.

Danke, dass ihr mir die Daumen gedrückt habt (und Mama: danke für die Kerze, hat offensichtlich gewirkt).

Busserl aus Zürich
Vreni""", mid="gmx", kind="personal:family-news")

P("mama-good-news-re", "2025-05-22 21:30 +0200", MAMA, ME_CH, "Re: Ich hab eine neue Stelle!!!",
  """Liebe Vreni,

ich hab vor Freude geweint! Der Papa hat gesagt, er hat es immer gewusst. Das müssen wir feiern, wenn ihr im Sommer kommt.

Ich bin so stolz auf dich.
Mama""", reply="good-news-family", quote=True, mid="aon")

P("julia-good-news-re", "2025-05-22 21:47 +0200", JULIA, ME_CH, "Re: Ich hab eine neue Stelle!!!",
  """WOOHOO! Gratuliere, Schwesterherz! Ich hab's dir ja gesagt. Jetzt noch die Wohnung und euer Jahr ist perfekt.

J.""", reply="good-news-family", mid="gmail")

P("nina-good-news", "2025-05-24 10:20 +0200", NINA, ME_AT, "Deine Mama hat's mir verraten...",
  """...ich hab sie beim Spar getroffen und sie hat es der halben Schlange erzählt, haha. GRATULIERE!!! Du hast es so verdient.

Bei mir gibt's auch was Neues: zweites Gespräch nächste Woche bei einer Steuerberatungskanzlei. Deine Tipps haben schon mal beim ersten geholfen.

Bussi Nina""", mid="gmail", kind="lookalike:friend-own-interview")

# ------------------------------------------------------------ June
P("sabine-ticino", "2025-06-02 18:40 +0200", SABINE, [ME_CH, RETO], "Pfingsten Tessin – Packliste Kinder",
  """Hallo ihr

Nur zur Erinnerung: Wir fahren Samstag um 8 Uhr los. Wir nehmen den Veloanhänger mit, ihr den Buggy. Badesachen nicht vergessen, im Lago soll es schon 19 Grad haben (Marc behauptet, 21).

Ich koche am Samstagabend, Sonntag grillieren wir.

Freu mich!
S.""", mid="sunrise")

P("reto-june-flat", "2025-06-05 17:12 +0200", RETO, ME_CH, "Umzug",
  """Schatz, ich han mit mim Brüeder gredt, er chan am 28. Juni de Bus vo sinere Firma näh. Mir bruched also nur no 2-3 Lüüt zum Träge. Frag du Marc?

Und: Kündigig vo de alte Wohnig – hesch du die scho abgschickt? Per Iischriebe!""", mid="bluewin")

P("reto-june-flat-re", "2025-06-05 19:48 +0200", ME_FROM, RETO, "Re: Umzug",
  """Super! Marc frag ich heute Abend. Die Kündigung ging letzte Woche eingeschrieben raus, Immoplan hat schon bestätigt, und weil Tamaras Wohnung frei wird, hat die Verwaltung gesagt, ein Nachmieter für unsere alte ist kein Problem.

Kuss""", reply="reto-june-flat", quote=True, mid="gmx")

P("marco-june", "2025-06-11 12:30 +0200", MARCO, ME_CH, "Gratuliere!!",
  """Hoi Verena

Habe auf LinkedIn gesehen, dass du ab August bei der Vitalis anfängst – mega, gratuliere! Die haben eine gute Payroll-Abteilung, ein Kollege von mir war dort mal temporär.

Bei uns ist übrigens seit dem Shared Service Center das Chaos perfekt. Die Märzlöhne mussten wir zweimal korrigieren. Vielleicht bewerbe ich mich bald bei dir, haha.

Gruess Marco""", mid="gmail", kind="personal:ex-colleague")

P("mama-june-visit", "2025-06-17 11:02 +0200", MAMA, ME_AT, "Besuch im Juli",
  """Liebe Vreni,

der Papa und ich möchten euch nach dem Umzug besuchen, vielleicht vom 12. bis 16. Juli? Wir kommen mit dem Zug. Wir können auch in einem Hotel schlafen, wenn ihr noch keinen Platz habt. Sag ehrlich.

Und schick mir bitte die neue Adresse, ich will euch ein Paket schicken.

Alles Liebe
Mama""", mid="aon")

P("mama-june-visit-re", "2025-06-17 20:26 +0200", ME_FROM, MAMA, "Re: Besuch im Juli",
  """Liebe Mama

12. bis 16. Juli ist perfekt! In der neuen Wohnung haben wir ein Gästezimmer (das war ja der Grund für den Umzug), ihr schlaft also bei uns. Neue Adresse ab 1. Juli:

Verena Hofstätter und Reto Ammann
Hönggerstrasse 118
8037 Zürich

Wir freuen uns sehr!
Vreni""", reply="mama-june-visit", quote=True, mid="gmx")

P("kita-eltern-picnic", "2025-06-20 14:15 +0200", KITA_ELTERN,
  ["Eltern Gruppe Sonnenblume <eltern-sonnenblume@kita-chaeferhuus.ch>"],
  "Sommerpicknick 28. Juni – wer bringt was?",
  """Liebe Eltern

Das Sommerpicknick der Gruppe Sonnenblume findet am Samstag, 28. Juni, ab 11 Uhr auf der Wiese beim GZ Wipkingen statt. Bitte tragt euch in die Liste ein, was ihr mitbringt:
https://nuudel.digitalcourage.de/kita-sonnenblume-picknick

Bei Regen verschieben wir auf den 5. Juli.

Sonnige Grüsse
Andrea (Mama von Lina)""", mid="gmail", kind="personal:kita-parents")

P("sabine-farewell", "2025-06-25 21:40 +0200", SABINE, ME_CH, "Umzugshilfe Samstag",
  """Hoi Verena

Marc und ich sind am Samstag ab 8 Uhr da. Ich bringe Gipfeli und Kaffee in der Thermosflasche mit. Jonas bleibt bei meiner Mutter, dann ist Elias bei euch auch "ausgelagert", oder?

Bis Samstag!
S.

PS: Sorry, Kita-Picknick verpassen wir dann wohl beide.""", mid="sunrise")
