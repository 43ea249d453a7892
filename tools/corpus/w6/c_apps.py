from mailkit import app

app("meridiana-hotel-sales-manager", "Meridiana Hotels & Resorts", ["Meridiana Hotels & Resorts S.p.A.", "Gruppo Meridiana", "Meridiana Hotels"],
    "Hotel Sales Manager", "other")                       # via InfoJobs
app("aurelia-director-of-sales", "Aurelia Hotels & Resorts", ["Aurelia Hospitality Group Ltd", "Aurelia Roma Palazzo Vittoria", "Aurelia"],
    "Director of Sales", "workday")
app("maison-lumiere-store-manager", "Maison Lumière", ["Maison Lumière Italia S.r.l.", "Maison Lumiere"],
    "Store Manager – Milano Montenapoleone", "smartrecruiters")
app("villa-sirena-revenue-sales", "Villa Sirena Resort & Spa", ["Villa Sirena Hotels S.r.l.", "Villa Sirena"],
    "Revenue & Sales Manager", "agency")                  # via Temporis Italia (agency)
app("dimore-partenopee-spontanea", "Dimore Partenopee", ["Dimore Partenopee S.r.l.", "Palazzo Carafa Suites"],
    "Responsabile Commerciale e Marketing", "company_site")  # speculative, emailed to the owner
app("staylio-partnerships-italy", "Staylio", ["Staylio B.V."],
    "Hotel Partnerships Manager – Italy", "linkedin")
app("mediterraneo-bay-sales-mice", "Hotel Mediterraneo Bay", ["Mediterraneo Bay Hotel S.r.l.", "Mediterraneo Bay"],
    "Sales Executive MICE", "indeed")
app("tessera-market-manager", "Tessera Travel", ["Tessera Travel Ltd", "Tessera"],
    "Market Manager, Hotels – Southern Italy", "greenhouse")
app("nove-navigli-hotel-manager", "Nove Navigli Hotel", ["Nove Navigli Hotel S.r.l.", "Hotel Nove Navigli"],
    "Hotel Manager", "workable")
app("casa-stile-store-manager", "Casa & Stile Arredamenti", ["Casa & Stile Arredamenti S.p.A.", "Casa&Stile"],
    "Store Manager – Nola", "other")                      # inRecruiting ATS
app("golfo-azzurro-hotel-director", "Golfo Azzurro Navigazione", ["Golfo Azzurro Navigazione S.p.A.", "GAN"],
    "Hotel Director – Cruise Ferries", "taleo")
app("aragonese-capo-ricevimento", "Hotel Terme Aragonese", ["Aragonese Terme S.r.l.", "Terme Aragonese Ischia"],
    "Capo ricevimento", "other")                          # via Centro per l'impiego
app("villa-ortensia-eventi", "Villa Ortensia Eventi", ["Villa Ortensia"],
    "Responsabile accoglienza e vendite eventi", "other")  # Subito listing
app("roomlytics-account-executive", "Roomlytics", ["Roomlytics GmbH"],
    "Account Executive – Italy", "lever")
app("tiberina-area-sales-manager", "Tiberina Hotels & Resorts", ["Tiberina Hotels & Resorts S.p.A.", "Gruppo Tiberina", "Tiberina Hotels"],
    "Area Sales Manager Centro-Sud", "company_site")
app("vulcano-outlet-assistant-manager", "Vulcano Outlet Village", ["Vulcano Outlet Village S.r.l.", "Vulcano Outlet"],
    "Assistant Centre Manager", "linkedin")
