/** About 3,550 of the most common Dutch words (all forms in lower case), written for this project: a word made only of these is not rare. */
export const commonWords: ReadonlySet<string> = new Set(`
de het een en of maar want dus toch ook nog al wel niet geen nooit niets niks iets iemand niemand iedereen alles allemaal elk elke ieder iedere alle beide
ik mij me mijn mijne jij je jou jouw jullie u uw hij hem zijn zij ze haar hun hen wij we ons onze zich zelf zelfs elkaar mekaar men
die dat deze dit wie wat welk welke waar wanneer waarom hoe hoeveel hoelang zo zulk zulke zoiets
er hier daar overal nergens ergens ginds binnen buiten boven beneden onder achter voor naast tussen tegenover rond rondom langs door over bij met zonder tegen naar van uit op aan in om tot sinds vanaf vanuit per na via
te toe af mee weg terug heen samen verder opnieuw weer even eens soms vaak altijd meestal meteen direct straks zometeen later eerder vroeger nu net pas alweer steeds
als dan omdat doordat zodat terwijl toen totdat voordat nadat zodra hoewel tenzij alsof zoals behalve
ja nee jawel hoor hè nou oké ok graag alstublieft alsjeblieft dank bedankt sorry pardon hallo hoi dag doei ziens welkom gefeliciteerd
heel erg zeer best vrij nogal tamelijk echt beetje bijna ongeveer zowat precies juist helemaal totaal half
veel meer meest meeste weinig minder minst minste genoeg teveel zoveel evenveel ander andere anders
misschien waarschijnlijk zeker natuurlijk gelukkig helaas eigenlijk gewoon vooral bijvoorbeeld namelijk trouwens tenminste minstens hoogstens maximaal minimaal zowel noch
daarom daardoor daarna daarvoor daarmee daarover daarin daarop daaraan daarbij daarvan daaruit daartegen daarnaast daarentegen
hierom hierdoor hierna hiervoor hiermee hierover hierin hierop hieraan hierbij hiervan hieruit
waarmee waarover waarin waarop waaraan waarbij waarvan waaruit waarvoor waardoor waarna waartegen
ermee erover erin erop eraan erbij ervan eruit ervoor erdoor erna ertegen erom erheen
vandaag morgen gisteren overmorgen eergisteren vanavond vannacht vanochtend vanmorgen vanmiddag dagelijks wekelijks maandelijks jaarlijks
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag maandags zaterdags zondags weekend weekends weekdag
januari februari maart april mei juni juli augustus september oktober november december
lente voorjaar zomer herfst najaar winter zomers winters
nul twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend miljoen miljard
eenentwintig vijfentwintig vijfenveertig honderden duizenden miljoenen tientallen tientje tientjes honderdje
eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde twintigste dertigste honderdste laatste vorige volgende
helft kwart keer maal procent dubbel dubbele enkel enkele paar
tijd tijden dagen nacht nachten ochtend ochtenden morgens middag middagen avond avonden week weken maand maanden jaar jaren eeuw uur uren minuut minuten seconde seconden kwartier moment momenten tijdje periode datum data begin einde eind afloop
vroeg vroege laat late laatst kort korte korter lang lange langer langst langste snel snelle sneller snelst langzaam langzame
jaartal agenda kalender klok horloge planning
mens mensen man mannen vrouw vrouwen kind kinderen baby baby's jongen jongens meisje meisjes jongere jongeren volwassene volwassenen oudere ouderen tiener tieners peuter peuters kleuter kleuters
persoon personen vriend vrienden vriendin vriendinnen buur buren buurman buurvrouw buurjongen buurmeisje kennis kennissen collega collega's gast gasten bezoeker bezoekers
familie gezin gezinnen ouder ouders vader vaders moeder moeders papa mama pa ma zoon zonen dochter dochters broer broers zus zussen zuster opa opa's oma oma's grootouders kleinkind kleinkinderen oom tante neef nicht echtgenoot partner partners
bewoner bewoners inwoner inwoners burger burgers buurtbewoner buurtbewoners dorpsgenoot dorpsgenoten vrijwilliger vrijwilligers lid leden voorzitter secretaris penningmeester
naam namen adres adressen postcode huisnummer telefoon telefoonnummer nummer nummers mobiel mobieltje
huis huizen woning woningen flat flats appartement appartementen kamer kamers keuken keukens badkamer slaapkamer woonkamer zolder kelder gang trap trappen deur deuren raam ramen muur muren dak daken vloer vloeren tuin tuinen balkon schuur schuren garage garages hek hekken schutting heg
buurt buurten wijk wijken straat straten wegen laan lanen plein pleinen pad paden stoep stoepen hoek hoeken kruispunt rotonde brug bruggen dorp dorpen stad steden stadje dorpje centrum kern kernen gebied gebieden plek plekken plaats plaatsen omgeving
park parken speeltuin speeltuinen veld velden grasveld bos bossen water sloot sloten vijver beek rivier kanaal natuur groen bomen boom bloem bloemen plant planten struik struiken gras blad bladeren zand aarde
fiets fietsen auto auto's bus bussen trein treinen taxi fietspad fietspaden parkeerplaats parkeerplaatsen verkeer drempel drempels bord borden lamp lampen lantaarnpaal lantaarnpalen licht lichten stoplicht zebrapad oversteekplaats snelheid
gemeente gemeenten gemeentes gemeentehuis stadhuis burgemeester wethouder wethouders raad gemeenteraad raadslid raadsleden college politiek partij partijen provincie land landen rijk overheid regering minister wet wetten regel regels
loket balie ambtenaar ambtenaren medewerker medewerkers afdeling afdelingen team teams bureau kantoor kantoren
geld euro euro's cent kosten prijs prijzen bedrag bedragen rekening rekeningen budget budgetten potje subsidie subsidies bijdrage bijdragen belasting belastingen huur loon lonen salaris uitkering uitkeringen toeslag toeslagen schuld schulden bon bonnen bonnetje bonnetjes kassa pinpas bank banken spaargeld pensioen boete boetes factuur
gezondheid ziekte ziektes ziekten pijn koorts griep verkoudheid dokter dokters huisarts huisartsen arts artsen tandarts ziekenhuis ziekenhuizen apotheek medicijn medicijnen pil pillen zorg hulp verpleegkundige verpleegster wijkteam ambulance lichaam hoofd arm armen been benen hand handen voet voeten rug buik hart oog ogen oor oren mond neus tand tanden huid bloed
school scholen basisschool middelbare klas klassen leraar leraren lerares juf juffen meester meesters leerling leerlingen les lessen huiswerk schooljaar vakantie vakanties pauze schoolplein opvang crèche kinderopvang studie student studenten cursus cursussen diploma toets toetsen examen examens rapport cijfer cijfers
werk baan banen beroep vak vakken bedrijf bedrijven winkel winkels winkelcentrum markt supermarkt fabriek boer boerderij baas chef klant klanten personeel
sport sporten club clubs vereniging verenigingen voetbal voetbalclub hockey tennis zwembad sporthal sportveld wedstrijd wedstrijden training trainingen trainer coach spel spelletje spelletjes speler spelers bal ballen doel punt punten winnaar
bijeenkomst bijeenkomsten vergadering vergaderingen avondje feest feesten feestje buurtfeest activiteit activiteiten uitje uitjes koffie thee koekje koekjes taart drankje
brief brieven kaart kaartje post mail e-mail mails bericht berichten formulier formulieren website site internet computer laptop tablet scherm app apps krant kranten folder folders boekje boek boeken tekst teksten woord woorden zin zinnen bladzijde pagina lijst lijsten foto foto's film films video tv televisie radio
plan plannen idee ideeën vraag vragen antwoord antwoorden mening meningen voorstel voorstellen keuze keuzes besluit besluiten afspraak afspraken gesprek gesprekken overleg uitleg advies tip tips oplossing oplossingen probleem problemen klacht klachten melding meldingen zorgen wens wensen doelen resultaat uitkomst uitslag stem stemmen
ding dingen zaak zaken manier manieren soort soorten deel delen stuk stukken kant kanten rij rijen groep groepen aantal vorm vormen kleur kleuren maat grootte lengte gewicht
mogelijkheid mogelijkheden kans kansen reden redenen oorzaak gevolg gevolgen verschil verschillen voorbeeld voorbeelden geval gevallen situatie beurt beurten taak taken rol rollen recht rechten plicht
informatie nieuws verhaal verhalen vraagje ervaring ervaringen steun aandacht ruimte rust veiligheid vrijheid gezelligheid eenzaamheid armoede geluk liefde vreugde angst twijfel hoop
eten drinken ontbijt lunch diner maaltijd brood melk bier wijn soep vlees vis groente groenten fruit appel appels kaas ei eieren suiker zout
kleren kleding jas broek schoen schoenen tas tassen sleutel sleutels portemonnee bril
afval vuilnis vuilnisbak vuilniszak container containers prullenbak papier plastic glas zwerfafval rommel vuil hondenpoep hond honden kat katten dier dieren vogel vogels paard koe koeien schaap schapen kip kippen
regen zon wind sneeuw ijs storm wolk wolken lucht hitte kou warmte temperatuur graad graden
geluid lawaai herrie stank rook vuur brand brandweer politie agent agenten wijkagent dief inbraak ongeluk ongelukken gevaar
kerk moskee bibliotheek buurthuis dorpshuis wijkcentrum museum theater bioscoop café cafés restaurant hotel station halte haltes
wereld leven dood toekomst verleden geschiedenis cultuur muziek kunst taal talen engels
noord noorden zuid zuiden oost oosten west westen links rechts rechtdoor midden
ben bent is was waren geweest wezen hebben heb hebt heeft had hadden gehad
worden word wordt werd werden geworden kunnen kan kunt kon konden gekund zullen zal zult zou zouden
moeten moet moest moesten gemoeten willen wil wilt wilde wilden wou gewild mogen mag mocht mochten gemogen
hoeven hoef hoeft hoefde hoefden gehoeven durven durf durft durfde durfden gedurfd
gaan ga gaat ging gingen gegaan komen kom komt kwam kwamen gekomen doen doe doet deed deden gedaan
zien zie ziet zag zagen gezien staan sta staat stond stonden gestaan zeggen zeg zegt zei zeiden gezegd
geven geef geeft gaf gaven gegeven krijgen krijg krijgt kreeg kregen gekregen
maken maak maakt maakte maakten gemaakt laten liet lieten gelaten vinden vind vindt vond vonden gevonden
weten weet wist wisten geweten denken denk denkt dacht dachten gedacht nemen neem neemt nam genomen
houden houd houdt hield hielden gehouden blijven blijf blijft bleef bleven gebleven
liggen lig ligt lag lagen gelegen zitten zit zat zaten gezeten lopen loop loopt liep liepen gelopen
brengen breng brengt bracht brachten gebracht zetten zet zette gezet leggen leg legt legde legden gelegd
kijken kijk kijkt keek keken gekeken werken werkt werkte werkten gewerkt
spelen speel speelt speelde speelden gespeeld wonen woon woont woonde woonden gewoond
leef leeft leefde leefden geleefd vraagt vroegen gevraagd praten praat praatte praatten gepraat
spreken spreek spreekt sprak spraken gesproken horen hoort hoorde hoorden gehoord
luisteren luister luistert luisterde luisterden geluisterd lezen lees leest las lazen gelezen
schrijven schrijf schrijft schreef schreven geschreven betalen betaal betaalt betaalde betaalden betaald
kopen koop koopt kocht kochten gekocht verkopen verkoop verkoopt verkocht verkochten
helpen help helpt hielp hielpen geholpen beginnen begint begon begonnen
stoppen stop stopt stopte stopten gestopt sturen stuur stuurt stuurde stuurden gestuurd
opsturen opgestuurd terugsturen bellen bel belt belde belden gebeld opbellen terugbellen opgebeld teruggebeld
mailen mailt mailde mailden gemaild appen appt appte appten geappt rijden rijd rijdt reed gereden
fietst fietste fietsten gefietst wandelen wandel wandelt wandelde wandelden gewandeld
rennen ren rent rende renden gerend zwemmen zwem zwemt zwom zwommen gezwommen
voetballen voetbalt voetbalde voetbalden gevoetbald dansen dans danst danste dansten gedanst
zingen zing zingt zong zongen gezongen lachen lach lacht lachte lachten gelachen
huilen huil huilt huilde huilden gehuild eet at aten gegeten drink drinkt dronk dronken gedronken
slapen slaap slaapt sliep sliepen geslapen koken kook kookt kookte kookten gekookt
wassen wast waste wasten gewassen wachten wacht wachtte wachtten gewacht
leren leer leert leerde leerden geleerd proberen probeer probeert probeerde probeerden geprobeerd
gebruiken gebruik gebruikt gebruikte gebruikten bedoelen bedoel bedoelt bedoelde bedoelden
betekenen beteken betekent betekende betekenden beslissen beslis beslist besliste beslisten besloot besloten
kiezen kies kiest koos kozen gekozen stemt stemde stemden gestemd meedoen meedoet meegedaan
meepraten meepraat meegepraat meedenken meedenkt meegedacht meebeslissen meebeslist
meehelpen meehelpt meegeholpen meenemen meeneemt meegenomen meekomen meekomt meegekomen
meemaken meemaakt meegemaakt aanmelden aanmeldt aangemeld afmelden afmeldt afgemeld
inschrijven inschrijft ingeschreven invullen invult ingevuld ophalen ophaalt opgehaald
opruimen opruimt opgeruimd schoonmaken schoonmaakt schoongemaakt opschrijven opschrijft opgeschreven
uitleggen uitlegt uitgelegd uitnodigen uitnodigt uitgenodigd uitvoeren uitvoert uitgevoerd
uitzoeken uitzoekt uitgezocht aanvragen aanvraagt aangevraagd inleveren inlevert ingeleverd
terugkomen terugkomt teruggekomen terugkrijgen terugkrijgt teruggekregen teruggeven teruggeeft teruggegeven
opletten oplet opgelet oppassen oppast opgepast opgeven opgeeft opgegeven opleveren oplevert opgeleverd
opzoeken opzoekt opgezocht afspreken afspreekt afgesproken afmaken afmaakt afgemaakt
aanpassen aanpast aangepast aanleggen aanlegt aangelegd ophangen ophangt opgehangen
weggooien weggooit weggegooid weghalen weghaalt weggehaald neerzetten neerzet neergezet openmaken opengemaakt
dichtdoen dichtgedaan organiseren organiseer organiseert organiseerde organiseerden georganiseerd
regelen regelt regelde regelden geregeld zorgt zorgde zorgden gezorgd deelt deelde deelden gedeeld
sparen spaar spaart spaarde spaarden gespaard verdienen verdien verdient verdiende verdienden verdiend
kost kostte kostten gekost lenen leen leent leende leenden geleend huren huurt huurde huurden gehuurd
bouwen bouw bouwt bouwde bouwden gebouwd repareren repareer repareert repareerde repareerden gerepareerd
plantte plantten geplant maaien maai maait maaide maaiden gemaaid
snoeien snoei snoeit snoeide snoeiden gesnoeid parkeren parkeer parkeert parkeerde parkeerden geparkeerd
oversteken steekt overgestoken kennen ken kent kende kenden gekend noemen noem noemt noemde noemden genoemd
tellen tel telt telde telden geteld rekenen reken rekent rekende rekenden gerekend
meten meet mat maten gemeten passen past paste pasten gepast missen mis mist miste misten gemist
winnen win wint won wonnen gewonnen verliezen verlies verliest verloor verloren vallen val valt viel vielen
springen spring springt sprong sprongen gesprongen gooien gooi gooit gooide gooiden gegooid
pakken pak pakt pakte pakten gepakt trekken trek trekt trok trokken getrokken
duwen duw duwt duwde duwden geduwd dragen draag draagt droeg droegen gedragen sluiten sluit gesloten
openen open opent opende openden geopend hopen hoopt hoopte hoopten gehoopt wenst wenste wensten gewenst
geloven geloof gelooft geloofde geloofden geloofd voelen voel voelt voelde voelden gevoeld
merken merk merkt merkte merkten gemerkt vergeten vergeet vergat vergaten
onthouden onthoud onthoudt onthield onthielden herinneren herinner herinnert herinnerde herinnerden herinnerd
snappen snap snapt snapte snapten gesnapt begrijpen begrijp begrijpt begreep begrepen
vertellen vertel vertelt vertelde vertelden verteld antwoordt antwoordde antwoordden geantwoord
melden meld meldt meldde meldden gemeld klagen klaag klaagt klaagde klaagden geklaagd
bedanken bedank bedankte bedankten groeten groet groette groetten gegroet
ontmoeten ontmoet ontmoette ontmoetten bezoeken bezoek bezoekt bezocht bezochten vieren viert vierden gevierd
trouwen trouw trouwt trouwde trouwden getrouwd verhuizen verhuis verhuist verhuisde verhuisden verhuisd
sterven sterf sterft stierf stierven gestorven groeien groei groeit groeide groeiden gegroeid
veranderen verander verandert veranderde veranderden veranderd
verbeteren verbeter verbetert verbeterde verbeterden verbeterd zoeken zoek zoekt zocht zochten gezocht
tonen toon toont toonde toonden getoond wijzen wijs wijst wees gewezen lijken lijk lijkt leek leken geleken
klinken klink klinkt klonk klonken geklonken ruiken ruik ruikt roken geroken
smaken smaak smaakt smaakte smaakten gesmaakt raken raak raakt raakte raakten geraakt
gebeuren gebeurt gebeurde gebeurden gebeurd bestaan besta bestaat bestond bestonden
ontstaan ontstaat ontstond ontstonden bepalen bepaal bepaalt bepaalde bepaalden bepaald
beloven beloof belooft beloofde beloofden beloofd letten let lette gelet
kloppen klop klopt klopte klopten geklopt lukken lukt lukte lukten gelukt mislukken mislukt mislukte mislukten
schelen scheelt scheelde gescheeld vergelijken vergelijk vergelijkt vergeleek vergeleken
steunen steunt steunde steunden gesteund ontvangen ontvang ontvangt ontving ontvingen
halen haal haalt haalde haalden gehaald bezorgen bezorg bezorgt bezorgde bezorgden bezorgd
leveren lever levert leverde leverden geleverd ruilen ruil ruilt ruilde ruilden geruild
vliegen vlieg vliegt vloog vlogen gevlogen reizen reis reist reisde reisden gereisd
varen vaar vaart voer voeren gevaren graven graaf graaft groef groeven gegraven
vervangen vervang vervangt verving vervingen verven verf verft verfde verfden geverfd
plakken plak plakt plakte plakten geplakt hangen hang hangt hing hingen gehangen
plaatst plaatste plaatsten geplaatst scheiden scheid scheidt scheidde scheidden gescheiden
verzamelen verzamel verzamelt verzamelde verzamelden verzameld tekenen teken tekent tekende tekenden getekend
printen print printte printten geprint klikken klik klikt klikte klikten geklikt inloggen inlogt ingelogd
downloaden gedownload rusten rustte rustten gerust bewegen beweeg beweegt bewoog bewogen
trainen train traint trainde trainden getraind verzorgen verzorg verzorgt verzorgde verzorgden verzorgd
studeren studeer studeert studeerde studeerden gestudeerd oefenen oefen oefent oefende oefenden geoefend
slagen slaag slaagt slaagde slaagden geslaagd zakken zak zakt zakte zakten gezakt
beter genezen geneest genas genazen hoesten hoest hoestte gehoest zwaaien zwaai zwaait zwaaide gezwaaid
roepen roep roept riep riepen geroepen schreeuwen schreeuw schreeuwt schreeuwde geschreeuwd
fluisteren fluister fluistert fluisterde gefluisterd glimlachen nadenken nagedacht
bedenken bedenk bedenkt bedacht bedachten verzinnen verzin verzint verzon verzonnen
ontdekken ontdek ontdekt ontdekte ontdekten uitkiezen uitgekozen
bewaren bewaar bewaart bewaarde bewaarden bewaard verbruiken zenden zend zendt zond zonden gezonden
versturen verstuur verstuurt verstuurde verstuurd bekijken bekijk bekijkt bekeek bekeken
controleren controleer controleert controleerde gecontroleerd checken check checkt checkte gecheckt
testen test testte getest beschermen bescherm beschermt beschermde beschermd redden red redt redde gered
vechten vecht vocht vochten gevochten ruzie ruzies schamen schaam schaamt schaamde geschaamd
schrikken schrik schrikt schrok schrokken geschrokken hinderen hindert gehinderd
storen stoor stoort stoorde gestoord irriteren irriteert geïrriteerd
waarschuwen waarschuw waarschuwt waarschuwde gewaarschuwd vertrouwen vertrouw vertrouwt vertrouwde vertrouwd
twijfelen twijfelt twijfelde getwijfeld kletsen klets kletst kletste gekletst
verbieden verbiedt verbood verboden toestaan toegestaan toelaten toegelaten openblijven dichtblijven
aankomen aankomt aangekomen vertrekken vertrek vertrekt vertrok vertrokken
binnenkomen binnenkomt binnengekomen buitenspelen buitengespeeld opstaan opstaat opgestaan wakker
afsluiten afsluit afgesloten openbreken opbreken opgebroken omleiden omleiding uitgaan uitgaat uitgegaan
uitgeven uitgeeft uitgegeven uitkomen uitkomt uitgekomen voorkomen voorkomt voorkwam
doorgaan doorgaat doorgegaan meegaan meegaat meegegaan overnemen overneemt overgenomen
ophouden ophoudt opgehouden aanzetten uitzetten aangezet uitgezet aandoen uitdoen aangedaan
aantrekken uittrekken aangetrokken uitgetrokken afhalen afgehaald langskomen langskomt langsgekomen
oplossen oplost opgelost bijhouden bijgehouden bijgedragen meevoelen spijten spijt groot grote groter grootste
klein kleine kleiner kleinste goed goede betere beste slecht slechte slechter slechtste
nieuw nieuwe nieuwer nieuwste oud oude oudste jong jonge jonger jongste hoog hoge hoger hogere hoogste
laag lage lager lagere laagste breed brede breder smal smalle smaller dik dikke dikker dun dunne dunner
zwaar zware zwaarder lichte lichter donker donkere donkerder mooi mooie mooier mooiste lelijk lelijke
leuk leuke leuker leukste fijn fijne fijner prettig prettige gezellig gezellige gezelliger gezelligste
druk drukke drukker drukste rustig rustige rustiger stil stille stiller schoon schone schoner
vies vieze viezer veilig veilige veiliger onveilig onveilige gevaarlijk gevaarlijke
warm warme warmer koud koude kouder nat natte droog droge heet hete lekker lekkere lekkerder
gezond gezonde gezonder ongezond ziek zieke zieker moe blij blije boos boze bang bange trots trotse
eerlijk eerlijke oneerlijk dicht vol volle voller leeg lege rijke arme armer
duur dure duurder goedkoop goedkope goedkoper gratis echte nodig nodige
belangrijk belangrijke belangrijker belangrijkste makkelijk makkelijke makkelijker gemakkelijk gemakkelijke
moeilijk moeilijke moeilijker simpel simpele eenvoudig eenvoudige duidelijk duidelijke duidelijker onduidelijk
helder heldere zekere onzeker klaar mogelijk mogelijke onmogelijk normaal normale gewone bijzonder bijzondere
speciaal speciale apart aparte eigen sterk sterke sterker zwak zwakke hard harde harder zacht zachte zachter
lief lieve liever liefst aardig aardige vriendelijk vriendelijke beleefd beleefde tevreden ontevreden
eenzaam eenzame vrije bezig dode levend levende hele halve enig enige zelfde dezelfde hetzelfde gelijk gelijke
verschillend verschillende openbaar openbare lokaal lokale
rood rode groene blauw blauwe geel gele wit witte zwart zwarte grijs grijze bruin bruine oranje roze paars paarse
vlug vlugge dichtbij ver verre verste dichter juiste fout foute ware raar rare vreemd vreemde
bekend bekende onbekend beroemd bereid jammer handig handige nuttig nuttige zinvol slim slimme dom domme
gek gekke grappig grappige serieus serieuze ernstig ernstige netjes nette kapot modern moderne ouderwets
knap knappe vast vaste los losse rechte scheef ronde plat platte diep diepe ondiep volledig volledige
compleet complete persoonlijk persoonlijke sociaal sociale publiek privé gezamenlijk extra centraal centrale
bovenste onderste voorste achterste middelste linker rechter binnenste buitenste vorig volgend huidige
toekomstig meerdere diverse sommige weinige vele velen allen enkelen meesten anderen
naartoe vandaan omhoog omlaag achteruit vooruit opzij thuis onderweg hoezo waarheen ofwel bovendien alleen zelden regelmatig telkens vaker opeens plotseling ineens tegelijk tegelijkertijd intussen ondertussen voorlopig binnenkort onlangs geleden zolang vooraf achteraf vóór vanzelf amper nauwelijks
riool riolering leiding leidingen kabel kabels buis buizen asfalt tegel tegels stoeptegel stoeptegels klinker klinkers omleidingen hinder overlast bouwplaats machine machines graafmachine kraan vrachtwagen vrachtwagens bestelbus scooter scooters brommer brommers motor motoren voetganger voetgangers fietser fietsers chauffeur snelweg spoor overweg tunnel vergunning vergunningen paspoort rijbewijs pasje
thuiszorg verzorging verzekering verzekeringen zorgverzekering huisartsenpost spreekuur wachtlijst fysiotherapeut psycholoog wijkverpleegkundige rolstoel rollator beperking beperkingen handicap gehandicapt gehandicapte gehandicapten
speelgoed schommel schommels glijbaan zandbak kinderboerderij peuterspeelzaal schoolreisje kamp zwemles oppas kinderwagen luier luiers jeugd jeugdhonk hangplek
werkloos werkloze solliciteren solliciteer solliciteert solliciteerde gesolliciteerd vacature vacatures werkgever werkgevers werknemer werknemers stage stages opleiding opleidingen contract contracten ondernemer ondernemers bakker slager kapper monteur schilder timmerman loodgieter elektricien schoonmaker postbode
betaling korting cadeau cadeaus cadeaubon spullen tweedehands kringloop voedselbank lening hypotheek energierekening energie gas stroom elektriciteit verwarming zonnepaneel zonnepanelen warmtepomp
bankje bankjes picknicktafel kunstgras trapveld speelveld moestuin bloembak bloembakken geveltuin buurtapp buurtvereniging kermis carnaval koningsdag braderie rommelmarkt straatfeest barbecue buurtbus graffiti
inloopavond inloop spreker sprekers zaal zalen tafel tafels stoel stoelen microfoon verslag verslagen aanwezig aanwezige aanwezigen afwezig uitnodiging uitnodigingen aanmelding aanmeldingen inschrijving deelnemer deelnemers groepje werkgroep werkgroepen bestuur besturen bestuurslid
onderwerp onderwerpen kwestie gedachte gedachten gevoel gevoelens risico risico's schade fouten respect contact relatie samenwerking gewoonte gewoonten traditie inkomen inkomens coördinator kenner kenners wijkcoördinator
bed bedden kast kasten koelkast wasmachine oven fornuis kachel meubels gordijn gordijnen tapijt vaatwasser stofzuiger boodschappen
tuinieren tuinier tuiniert tuinierde getuinierd klussen klus klust kluste geklust knutselen knutsel knutselt geknutseld schilderen schildert schilderde geschilderd bakken bak bakt bakte bakten gebakken winkelen winkelt winkelde gewinkeld poetsen poets poetst poetste gepoetst stofzuigen gestofzuigd afwassen afgewassen strijken gestreken logeren logeer logeert logeerde gelogeerd verstoppen verstopt verstopte knuffelen geknuffeld wegbrengen weggebracht tanken getankt botsen botst botste gebotst breken breek breekt brak braken gebroken herstellen herstel herstelt herstelde hersteld vullen vul vult vulde vulden gevuld legen leegt leegde geleegd stelen steel steelt stal stalen gestolen inbreken ingebroken accepteren accepteer accepteert accepteerde geaccepteerd goedkeuren goedgekeurd afwijzen afgewezen weigeren weiger weigert weigerde geweigerd toestemming verdelen verdeel verdeelt verdeelde verdeeld verwachten verwacht verwachtte verwachtten verwachting verrassen verrast verrassing starten start startte startten gestart eindigen eindigt eindigde geëindigd duren duurt duurde duurden geduurd wisselen wissel wisselt wisselde gewisseld heten heette heetten geheten beschrijven beschrijft beschreef beschreven vertalen vertaal vertaalt vertaalde vertaald typen typt typte getypt bewijzen bewijs bewijst bewees bewezen schatten schat schatte geschat optellen opgeteld terugbetalen terugbetaald pinnen pin pint pinde gepind overmaken overgemaakt
vrolijk vrolijke verdrietig verdrietige fit nieuwsgierig nieuwsgierige verbaasd benieuwd beschikbaar beschikbare verplicht verplichte vrijwillig vrijwillige geschikt geschikte ongeschikt lastig lastige vervelend vervelende heerlijk heerlijke prachtig prachtige geweldig geweldige super top fantastisch vreselijk vreselijke verschrikkelijk erge ergste fris frisse vers verse zuur zoet bitter scherp glad gladde modderig fel felle
volgens ondanks tijdens vanwege bovenop onderaan uiteindelijk eindelijk inderdaad blijkbaar tenslotte eerst
jarig verjaardag verjaardagen kerst kerstmis pasen nieuwjaar oudjaar vuurwerk uitlaten uitgelaten buitenlander buitenlanders vluchteling vluchtelingen taalles taallessen vergoeding vergoedingen premie premies recept recepten zwerfvuil groenafval glasbak papierbak milieustraat
opnemen opneemt opgenomen bestaande betrokken digitaal digitale voorwaarde voorwaarden middel middelen beperkt beperkte
vriendje vriendinnetje gezicht gezichten lijf zee strand berg bergen eiland vliegtuig boot boten schip schepen haven grens grenzen soldaat soldaten oorlog vrede leger wapen wapens koning koningin prins prinses kasteel bruiloft begrafenis geboorte zwanger opvoeding opvoeden voedt opgevoed puber pubers universiteit hogeschool mbo hbo vmbo havo vwo
begroting begrotingen commissie commissies resultaat resultaten effect effecten overig overige uiterlijk
vergaderen vergader vergadert vergaderde vergaderden vergaderd
`.split(/\s+/).filter(Boolean));
