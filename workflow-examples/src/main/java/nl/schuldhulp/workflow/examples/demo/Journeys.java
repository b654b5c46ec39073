package nl.schuldhulp.workflow.examples.demo;

import static nl.schuldhulp.workflow.examples.demo.Acts.acceptRegie;
import static nl.schuldhulp.workflow.examples.demo.Acts.acknowledge;
import static nl.schuldhulp.workflow.examples.demo.Acts.attempt;
import static nl.schuldhulp.workflow.examples.demo.Acts.cancel;
import static nl.schuldhulp.workflow.examples.demo.Acts.clientAction;
import static nl.schuldhulp.workflow.examples.demo.Acts.complete;
import static nl.schuldhulp.workflow.examples.demo.Acts.decideAccess;
import static nl.schuldhulp.workflow.examples.demo.Acts.end;
import static nl.schuldhulp.workflow.examples.demo.Acts.fact;
import static nl.schuldhulp.workflow.examples.demo.Acts.hold;
import static nl.schuldhulp.workflow.examples.demo.Acts.holdThen;
import static nl.schuldhulp.workflow.examples.demo.Acts.holdWithoutFollowUp;
import static nl.schuldhulp.workflow.examples.demo.Acts.miss;
import static nl.schuldhulp.workflow.examples.demo.Acts.move;
import static nl.schuldhulp.workflow.examples.demo.Acts.reached;
import static nl.schuldhulp.workflow.examples.demo.Acts.register;
import static nl.schuldhulp.workflow.examples.demo.Acts.schedule;
import static nl.schuldhulp.workflow.examples.demo.Acts.start;
import static nl.schuldhulp.workflow.examples.demo.Acts.task;
import static nl.schuldhulp.workflow.examples.demo.Acts.unanswered;
import static nl.schuldhulp.workflow.casefile.ContactChannel.EMAIL;
import static nl.schuldhulp.workflow.casefile.ContactChannel.LETTER;
import static nl.schuldhulp.workflow.casefile.ContactChannel.MESSAGE;
import static nl.schuldhulp.workflow.casefile.ContactChannel.PHONE;
import static nl.schuldhulp.workflow.casefile.ContactChannel.VISIT;
import static nl.schuldhulp.workflow.casefile.ContactDirection.INBOUND;
import static nl.schuldhulp.workflow.casefile.ContactDirection.OUTBOUND;
import static nl.schuldhulp.workflow.definition.ActivityKind.BUDGET_MANAGEMENT;
import static nl.schuldhulp.workflow.definition.ActivityKind.DEBT_SETTLEMENT;
import static nl.schuldhulp.workflow.definition.ActivityKind.INFORMATION_AND_ADVICE;
import static nl.schuldhulp.workflow.definition.AppointmentKind.HANDOVER_MEETING;
import static nl.schuldhulp.workflow.definition.AppointmentKind.HOME_VISIT;
import static nl.schuldhulp.workflow.definition.AppointmentKind.TRIPARTITE_MEETING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.definition.LeadKind;

/**
 * The klantreizen of Henk and Cecilia from the Utrecht evaluation of the Kanteling
 * schulddienstverlening (seed S000, "Klantreizen", chapters 2 and 4), written as dated scripts
 * against the bundled definition {@code utrecht-kanteling-2016}: its entry points, steps, task
 * templates, organisations, roles and facts by their real ids. Where the sources give no dates,
 * the dates are plausible ones in the seasons the sources name; each line says what happens in
 * plain Dutch. Professionals are named by employee number, never by name.
 *
 * <p>Stateless and threadsafe.
 */
final class Journeys {
  /** The bundled definition the journeys are written against. */
  static final String DEFINITION = "utrecht-kanteling-2016";

  static final Actor VOORDEUR = Actor.professional("buurtteam", "voordeurmedewerker", "bt-0417");
  static final Actor BUURTTEAM_HENK = Actor.professional("buurtteam", "buurtteammedewerker", "bt-1032");
  static final Actor BUURTTEAM_CECILIA = Actor.professional("buurtteam", "buurtteammedewerker", "bt-2210");
  static final Actor TRAJECTBEGELEIDER = Actor.professional("weni", "trajectbegeleider", "wi-2207");
  static final Actor SCHULDHULPVERLENER = Actor.professional("weni", "schuldhulpverlener", "wi-3310");
  static final Actor BUDGETBEHEERDER = Actor.professional("budgetbeheer", "budgetbeheerder", "bb-0815");
  static final Actor SOCIAAL_RAADSMAN = Actor.professional("u-centraal", "sociaal-raadsman", "uc-0102");
  static final Actor HENK = Actor.client("henk");
  static final Actor CECILIA = Actor.client("cecilia");

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Journeys() {}

  /** Both journeys, Henk first. */
  static List<Journey> all() {
    return List.of(henk(), cecilia());
  }

  /**
   * Henk (46), single father of two daughters and his brother's foster child, living with his own
   * father on mainly his benefit. It took long before he stepped to the buurtteam; once there it
   * was sometimes searching what had to be done. Autumn 2019: the buurtteam keeps regie throughout
   * and he ends in track 2, guidance by the buurtteam.
   */
  static Journey henk() {
    return new Journey("henk", "Henk (46)", "henk",
        "Alleenstaande vader van twee dochters en een pleegkind van zijn broer; woont met zijn vader;"
            + " het inkomen is vooral Henks uitkering. Het duurde lang voor hij de stap naar het buurtteam zette.",
        time("2019-09-30 12:00"),
        List.of(
            line("2019-09-02 10:15", VOORDEUR, register("voordeur-buurtteam"),
                "Henk komt aan de balie van het buurtteam met een vraag over het pleegkind. De voordeurmedewerker"
                    + " vraagt ook naar geld; Henk vertelt over achterstanden."),
            line("2019-09-02 10:40", VOORDEUR, complete("geldvragen-stellen"),
                "De voordeurmedewerker noteert de geldvragen en de schulden die Henk noemt."),
            line("2019-09-04 14:00", BUURTTEAM_HENK,
                schedule("kennismaking", HOME_VISIT, time("2019-09-10 10:00"), "buurtteam"),
                "De buurtteammedewerker belt Henk en plant het kennismakingsgesprek bij hem thuis."),
            line("2019-09-04 14:05", BUURTTEAM_HENK, complete("kennismaking-plannen"), "Kennismaking gepland."),
            line("2019-09-04 14:10", BUURTTEAM_HENK, move("huisbezoek"), "Door naar het huisbezoek."),
            line("2019-09-10 11:30", BUURTTEAM_HENK,
                hold("kennismaking", "Kennismaking bij Henk thuis, met zijn vader erbij. Het inkomen is vooral"
                    + " Henks uitkering; er zijn achterstanden bij de zorgverzekeraar en de woningcorporatie."),
                "Het eerste gesprek: de buurtteammedewerker bij Henk thuis."),
            line("2019-09-12 09:00", BUURTTEAM_HENK, attempt(move("driegesprek-advies")),
                "De buurtteammedewerker wil het driegesprek aanvragen, maar Henks post ligt nog niet klaar en"
                    + " de situatie is nog niet verkend: het is zoeken wat er eerst moet."),
            line("2019-09-16 19:30", HENK, complete("post-klaarleggen"),
                "Henk heeft zijn brieven van de laatste drie maanden bij elkaar gezocht en vinkt de actie af."),
            line("2019-09-17 15:00", BUURTTEAM_HENK, complete("situatie-verkennen"),
                "Samen verkend wat Henk zelf kan en waar hij hulp bij nodig heeft."),
            line("2019-09-17 15:10", BUURTTEAM_HENK, move("driegesprek-advies"), "Driegesprek aangevraagd bij W&I."),
            line("2019-09-17 15:20", BUURTTEAM_HENK,
                schedule("driegesprek-advies", TRIPARTITE_MEETING, time("2019-09-23 10:00"), "buurtteam", "weni"),
                "Driegesprek gepland met de trajectbegeleider van W&I."),
            line("2019-09-20 11:00", BUURTTEAM_HENK, complete("driegesprek-voorbereiden"),
                "Buurtteammedewerker en trajectbegeleider bereiden het driegesprek samen voor."),
            line("2019-09-23 11:10", TRAJECTBEGELEIDER,
                schedule("driegesprek-aanbod", TRIPARTITE_MEETING, time("2019-11-07 10:00"), "buurtteam", "weni"),
                "Aan het eind van het driegesprek wordt het volgende al gepland."),
            line("2019-09-23 11:15", TRAJECTBEGELEIDER,
                holdThen("driegesprek-advies", "Advies: eerst stabiliseren. Henk werkt met het werkboek; W&I zet de"
                    + " acties op de actielijst.", "driegesprek-aanbod"),
                "Het driegesprek (advies)."),
            line("2019-09-24 09:00", TRAJECTBEGELEIDER, clientAction("zorgverzekeraar",
                "Bel uw zorgverzekeraar en vraag om een betalingsregeling", day("2019-10-04")), "Actielijst."),
            line("2019-09-24 09:01", TRAJECTBEGELEIDER, clientAction("huur",
                "Vraag de woningcorporatie om een overzicht van de huurachterstand", day("2019-10-04")), "Actielijst."),
            line("2019-09-24 09:02", TRAJECTBEGELEIDER, clientAction("kinderbijslag",
                "Vraag bij de SVB of u kinderbijslag krijgt voor uw pleegkind", day("2019-10-11")), "Actielijst."),
            line("2019-09-24 09:03", TRAJECTBEGELEIDER, clientAction("toeslagen",
                "Kijk met uw buurtteammedewerker of u recht heeft op zorgtoeslag en huurtoeslag", day("2019-10-11")),
                "Actielijst."),
            line("2019-09-24 09:04", TRAJECTBEGELEIDER, clientAction("inkomsten",
                "Zet de inkomsten van u en uw vader op een rij: uw uitkering en zijn AOW", day("2019-10-18")),
                "Actielijst."),
            line("2019-09-24 09:30", TRAJECTBEGELEIDER, complete("actielijst"),
                "De trajectbegeleider deelt de actielijst met Henk en het buurtteam."),
            line("2019-09-24 10:00", BUURTTEAM_HENK, move("stabilisatie"), "Henk gaat stabiliseren met het buurtteam."),
            line("2019-10-01 10:00", TRAJECTBEGELEIDER,
                decideAccess(AccessOutcome.ADMITTED, "Toegelaten tot de schulddienstverlening; eerst stabiliseren"
                    + " met begeleiding van het buurtteam."),
                "W&I neemt de beschikking: Henk is toegelaten."),
            line("2019-10-02 14:00", BUURTTEAM_HENK, reached(VISIT, OUTBOUND),
                "Huisbezoek: samen het werkboek opgepakt en naar de toeslagen gekeken."),
            line("2019-10-03 20:00", HENK, complete("zorgverzekeraar"), "Betalingsregeling met de zorgverzekeraar."),
            line("2019-10-04 16:00", HENK, complete("huur"), "Het overzicht van de huurachterstand is binnen."),
            line("2019-10-08 11:00", BUURTTEAM_HENK,
                cancel("budgetbeheer-aanvragen", "Henk betaalt zijn vaste lasten zelf; budgetbeheer is niet nodig."),
                "Budgetbeheer blijkt niet nodig."),
            line("2019-10-10 19:00", HENK, complete("kinderbijslag"), "De SVB betaalt kinderbijslag voor het pleegkind."),
            line("2019-10-15 14:00", HENK, complete("toeslagen"), "Zorgtoeslag en huurtoeslag aangevraagd."),
            line("2019-10-21 15:00", BUURTTEAM_HENK, reached(PHONE, OUTBOUND),
                "De buurtteammedewerker belt: hoe staat het met het werkboek en de inkomsten?"),
            line("2019-10-22 20:30", HENK, complete("inkomsten"), "De inkomsten staan op een rij, een paar dagen later."),
            line("2019-10-24 20:00", HENK, complete("werkboek"), "Het werkboek is samen doorgewerkt."),
            line("2019-11-05 10:00", BUURTTEAM_HENK, fact("situatie-stabiel", "ja"),
                "Henk betaalt zijn vaste lasten weer op tijd: de situatie is stabiel."),
            line("2019-11-05 10:05", BUURTTEAM_HENK, move("driegesprek-aanbod"), "Op naar het driegesprek (aanbod)."),
            line("2019-11-07 11:30", TRAJECTBEGELEIDER,
                holdWithoutFollowUp("driegesprek-aanbod", "Aanbod: spoor 2, begeleiding door het buurtteam. Henk"
                    + " regelt zijn betalingsregelingen met hulp van zijn buurtteammedewerker.",
                    "Henk gaat verder met zijn buurtteammedewerker; W&I blijft bereikbaar voor vragen."),
                "Het driegesprek (aanbod)."),
            line("2019-11-07 11:40", TRAJECTBEGELEIDER, complete("aanbod-bespreken"), "Het aanbod is besproken."),
            line("2019-11-07 11:45", BUURTTEAM_HENK, fact("spoor", "2"), "Spoor 2 vastgelegd."),
            line("2019-11-07 11:50", BUURTTEAM_HENK, move("begeleiding-buurtteam"),
                "Henk gaat verder met begeleiding door het buurtteam."),
            line("2019-12-03 14:00", BUURTTEAM_HENK, reached(VISIT, OUTBOUND),
                "Huisbezoek: de betalingsregelingen lopen; Henk houdt zijn post zelf bij. Ze maken de balans op"
                    + " van het jaar.")));
  }

  /**
   * Cecilia (27), single, works full time in retail and babysits her brother's children weekly.
   * Winter to summer 2019: budget management with late payments, driegesprekken mostly by mail and
   * hard to schedule, two missed in a row (her father ill, her brother's children), a long dispute
   * with the Belastingdienst, the buurtteam restoring contact, a stable situation, and she signs for
   * a voluntary debt settlement, regie handed warm to W&I.
   */
  static Journey cecilia() {
    return new Journey("cecilia", "Cecilia (27)", "cecilia",
        "Alleenstaand, werkt fulltime in de detailhandel en past wekelijks op de kinderen van haar broer."
            + " Een slepend conflict met de Belastingdienst; tegenslagen maken het moeilijk om door te zetten.",
        time("2019-06-06 12:00"),
        List.of(
            line("2019-01-14 16:00", SOCIAAL_RAADSMAN, register("verwijzing-ia"),
                "Cecilia vraagt de sociaal raadslieden van U Centraal om hulp bij een oud conflict met de"
                    + " Belastingdienst. Er blijken meer schulden; de sociaal raadsman meldt haar aan bij het buurtteam."),
            line("2019-01-15 09:30", VOORDEUR, reached(PHONE, OUTBOUND),
                "De voordeurmedewerker belt Cecilia en vraagt naar haar geldzaken en schulden."),
            line("2019-01-15 09:45", VOORDEUR, complete("geldvragen-stellen"), "Geldvragen genoteerd."),
            line("2019-01-16 12:00", BUURTTEAM_CECILIA,
                schedule("kennismaking", HOME_VISIT, time("2019-01-24 18:30"), "buurtteam"),
                "Cecilia werkt fulltime; de kennismaking wordt 's avonds bij haar thuis."),
            line("2019-01-16 12:05", BUURTTEAM_CECILIA, complete("kennismaking-plannen"), "Kennismaking gepland."),
            line("2019-01-16 12:10", BUURTTEAM_CECILIA, move("huisbezoek"), "Door naar het huisbezoek."),
            line("2019-01-22 21:00", CECILIA, complete("post-klaarleggen"), "Cecilia legt haar post klaar."),
            line("2019-01-24 20:00", BUURTTEAM_CECILIA,
                hold("kennismaking", "Kennismaking bij Cecilia thuis: schulden bij de Belastingdienst, de"
                    + " zorgverzekeraar en een telefoonabonnement; de vaste lasten worden niet altijd betaald."),
                "Het eerste gesprek."),
            line("2019-01-29 10:00", BUURTTEAM_CECILIA, complete("situatie-verkennen"), "Situatie verkend."),
            line("2019-01-29 10:05", BUURTTEAM_CECILIA, move("driegesprek-advies"), "Driegesprek aangevraagd."),
            line("2019-01-29 10:30", BUURTTEAM_CECILIA,
                schedule("driegesprek-1", TRIPARTITE_MEETING, time("2019-02-12 17:00"), "buurtteam", "weni"),
                "Plannen is lastig: Cecilia kan bijna nooit onder kantoortijd en de trajectbegeleider heeft weinig"
                    + " ruimte. Het wordt 12 februari, vijf uur."),
            line("2019-02-05 11:00", BUURTTEAM_CECILIA, complete("driegesprek-voorbereiden"),
                "Het driegesprek is voorbereid."),
            line("2019-02-12 18:20", TRAJECTBEGELEIDER,
                schedule("driegesprek-2", TRIPARTITE_MEETING, time("2019-03-19 17:00"), "buurtteam", "weni"),
                "Het volgende driegesprek wordt meteen gepland."),
            line("2019-02-12 18:25", TRAJECTBEGELEIDER,
                holdThen("driegesprek-1", "Advies: eerst stabiliseren. Budgetbeheer zorgt dat huur en vaste lasten"
                    + " betaald worden; Cecilia werkt met het werkboek.", "driegesprek-2"),
                "Het driegesprek (advies)."),
            line("2019-02-13 10:00", TRAJECTBEGELEIDER, clientAction("belastingdienst-brieven",
                "Stuur de brieven van de Belastingdienst over de oude aanslagen naar uw trajectbegeleider",
                day("2019-02-22")), "Actielijst, per mail gedeeld."),
            line("2019-02-13 10:01", TRAJECTBEGELEIDER, clientAction("loonstroken",
                "Stuur uw loonstroken van de laatste drie maanden", day("2019-02-22")), "Actielijst."),
            line("2019-02-13 10:02", TRAJECTBEGELEIDER, clientAction("abonnement",
                "Zeg het tweede telefoonabonnement op", day("2019-03-01")), "Actielijst."),
            line("2019-02-13 10:03", TRAJECTBEGELEIDER, clientAction("zorgverzekeraar",
                "Vraag uw zorgverzekeraar om een overzicht van de achterstand", day("2019-03-01")), "Actielijst."),
            line("2019-02-13 10:04", TRAJECTBEGELEIDER, clientAction("schuldeisers",
                "Maak met het werkboek een lijst van al uw schuldeisers", day("2019-03-15")), "Actielijst."),
            line("2019-02-13 10:20", TRAJECTBEGELEIDER, complete("actielijst"),
                "De actielijst is klaar, een week na de termijn: het driegesprek liet op zich wachten."),
            line("2019-02-13 11:00", BUURTTEAM_CECILIA, move("stabilisatie"), "Cecilia gaat stabiliseren."),
            line("2019-02-18 09:00", BUURTTEAM_CECILIA, complete("budgetbeheer-aanvragen"), "Budgetbeheer aangevraagd."),
            line("2019-02-20 21:10", CECILIA, reached(EMAIL, INBOUND),
                "Cecilia mailt de brieven van de Belastingdienst en haar loonstroken. Veel gaat via de mail:"
                    + " overzichtelijk, maar soms traag."),
            line("2019-02-20 21:15", CECILIA, complete("belastingdienst-brieven"), "Afgevinkt."),
            line("2019-02-20 21:16", CECILIA, complete("loonstroken"), "Afgevinkt."),
            line("2019-02-27 20:00", CECILIA, complete("abonnement"), "Het tweede abonnement is opgezegd."),
            line("2019-03-01 09:00", BUURTTEAM_CECILIA, start(BUDGET_MANAGEMENT, "budgetbeheer"),
                "Het budgetbeheer gaat in: huur en vaste lasten gaan voortaan via het budget; Cecilia krijgt"
                    + " wekelijks leefgeld."),
            line("2019-03-04 20:30", CECILIA, complete("zorgverzekeraar"), "Het overzicht van de zorgverzekeraar is er."),
            line("2019-03-11 08:15", CECILIA, reached(MESSAGE, INBOUND),
                "Cecilia meldt dat haar leefgeld niet is overgemaakt: ze kan geen boodschappen doen, en deze week"
                    + " past ze op de kinderen van haar broer."),
            line("2019-03-11 10:00", BUDGETBEHEERDER, acknowledge(), "De budgetbeheerder reageert."),
            line("2019-03-11 10:05", BUDGETBEHEERDER, task("leefgeld-maart", "Maak het leefgeld van deze week alsnog"
                + " over", "budgetbeheer", "budgetbeheerder", day("2019-03-11")), "Herstel gepland."),
            line("2019-03-11 14:00", BUDGETBEHEERDER, complete("leefgeld-maart"), "Het leefgeld is overgemaakt."),
            line("2019-03-19 18:00", TRAJECTBEGELEIDER,
                schedule("driegesprek-3", TRIPARTITE_MEETING, time("2019-04-16 17:00"), "buurtteam", "weni"),
                "Het volgende driegesprek gepland."),
            line("2019-03-19 18:05", TRAJECTBEGELEIDER,
                holdThen("driegesprek-2", "Voortgang: het budgetbeheer loopt, maar het leefgeld kwam een keer te"
                    + " laat. De kwestie met de Belastingdienst loopt nog.", "driegesprek-3"),
                "Tweede driegesprek."),
            line("2019-03-26 20:00", CECILIA, reached(EMAIL, INBOUND), "Cecilia mailt haar werkboek en de lijst."),
            line("2019-03-26 20:05", CECILIA, complete("werkboek"), "Het werkboek is klaar, later dan gepland."),
            line("2019-03-26 20:06", CECILIA, complete("schuldeisers"), "De lijst van schuldeisers is klaar."),
            line("2019-04-08 08:00", CECILIA, reached(MESSAGE, INBOUND),
                "Weer is het leefgeld te laat. 'Hoe moet ik dit combineren met het oppassen?'"),
            line("2019-04-08 11:00", BUDGETBEHEERDER, acknowledge(), "De budgetbeheerder reageert."),
            line("2019-04-16 17:45", BUURTTEAM_CECILIA, miss("driegesprek-3", "Niet verschenen: haar vader is ziek."),
                "Cecilia komt niet naar het driegesprek."),
            line("2019-04-17 10:00", BUURTTEAM_CECILIA,
                schedule("driegesprek-4", TRIPARTITE_MEETING, time("2019-05-07 17:00"), "buurtteam", "weni"),
                "Een nieuwe datum gepland."),
            line("2019-04-17 10:05", BUURTTEAM_CECILIA, unanswered(EMAIL),
                "De nieuwe datum gaat per mail; er komt geen antwoord. Is de mail aangekomen, of gelezen?"),
            line("2019-05-07 17:45", BUURTTEAM_CECILIA,
                miss("driegesprek-4", "Niet verschenen: ze past op de kinderen van haar broer."),
                "Weer komt Cecilia niet: twee driegesprekken op rij gemist."),
            line("2019-05-09 10:00", BUURTTEAM_CECILIA, unanswered(PHONE),
                "De buurtteammedewerker belt; Cecilia neemt niet op. Ze heeft haar 'telefoon begraven'."),
            line("2019-05-16 10:00", BUURTTEAM_CECILIA, unanswered(PHONE), "Weer geen gehoor."),
            line("2019-05-23 10:00", BUURTTEAM_CECILIA, unanswered(LETTER), "Een brief: neem alstublieft contact op."),
            line("2019-06-04 18:30", BUURTTEAM_CECILIA, reached(VISIT, OUTBOUND),
                "De buurtteammedewerker gaat langs en treft Cecilia thuis. Ze baalt ervan dat ze niet eerder is"
                    + " gekomen, en is blij met het overzicht en de rust."),
            line("2019-06-04 18:45", BUURTTEAM_CECILIA,
                schedule("driegesprek-5", TRIPARTITE_MEETING, time("2019-06-11 17:00"), "buurtteam", "weni"),
                "Samen een nieuw driegesprek gepland."),
            line("2019-06-05 09:00", SOCIAAL_RAADSMAN, start(INFORMATION_AND_ADVICE, "u-centraal"),
                "De sociaal raadsman helpt met het bezwaar tegen de Belastingdienst; alleen lukt het Cecilia niet."),
            line("2019-06-05 10:00", TRAJECTBEGELEIDER, clientAction("bezwaar",
                "Teken het bezwaarschrift tegen de aanslag van de Belastingdienst", day("2019-06-12")), "Actielijst."),
            line("2019-06-05 10:01", TRAJECTBEGELEIDER, clientAction("betalingsbewijzen",
                "Zoek de betaalbewijzen van 2016 en 2017 op", day("2019-06-14")), "Actielijst."),
            line("2019-06-05 10:02", TRAJECTBEGELEIDER, clientAction("inkomensverklaring",
                "Vraag een inkomensverklaring aan bij de Belastingdienst", day("2019-06-21")), "Actielijst."),
            line("2019-06-05 10:03", TRAJECTBEGELEIDER, clientAction("vaste-lasten",
                "Kijk met uw budgetbeheerder of alle vaste lasten van juni betaald zijn", day("2019-06-21")),
                "Actielijst."),
            line("2019-06-07 12:30", BUURTTEAM_CECILIA, reached(PHONE, OUTBOUND),
                "De buurtteammedewerker zit haar 'achter de broek': herinnert aan het bezwaarschrift en de"
                    + " afspraak van dinsdag. 'Dat was ook wel nodig.'"),
            line("2019-06-07 12:40", CECILIA, complete("bezwaar"), "Het bezwaarschrift is getekend."),
            line("2019-06-11 17:55", TRAJECTBEGELEIDER,
                schedule("driegesprek-6", TRIPARTITE_MEETING, time("2019-07-09 17:00"), "buurtteam", "weni"),
                "Het volgende driegesprek gepland."),
            line("2019-06-11 18:00", TRAJECTBEGELEIDER,
                holdThen("driegesprek-5", "Het contact is hersteld. Het bezwaar ligt bij de Belastingdienst; het"
                    + " budgetbeheer loopt nu goed.", "driegesprek-6"),
                "Het driegesprek gaat door."),
            line("2019-06-13 20:00", CECILIA, complete("betalingsbewijzen"), "Betaalbewijzen gevonden."),
            line("2019-06-20 20:00", CECILIA, reached(EMAIL, INBOUND), "Cecilia mailt de inkomensverklaring."),
            line("2019-06-20 20:05", CECILIA, complete("inkomensverklaring"), "Afgevinkt."),
            line("2019-06-21 11:00", CECILIA, complete("vaste-lasten"), "Alle vaste lasten van juni zijn betaald."),
            line("2019-06-26 15:00", SOCIAAL_RAADSMAN,
                end(INFORMATION_AND_ADVICE, "De Belastingdienst heeft het bezwaar toegewezen."),
                "De Belastingdienst wijst het bezwaar toe: de oude aanslag is verminderd."),
            line("2019-07-02 10:00", BUURTTEAM_CECILIA, attempt(move("driegesprek-aanbod")),
                "De buurtteammedewerker wil door naar het aanbod, maar heeft nog niet vastgelegd dat de"
                    + " situatie stabiel is."),
            line("2019-07-02 10:05", BUURTTEAM_CECILIA, fact("situatie-stabiel", "ja"),
                "Vier maanden budgetbeheer zonder nieuwe achterstanden en de kwestie met de Belastingdienst is"
                    + " opgelost: de situatie is stabiel."),
            line("2019-07-02 10:10", BUURTTEAM_CECILIA, move("driegesprek-aanbod"), "Op naar het aanbod."),
            line("2019-07-09 17:50", TRAJECTBEGELEIDER,
                schedule("overdracht", HANDOVER_MEETING, time("2019-07-23 17:00"), "buurtteam", "weni"),
                "Het overdrachtsgesprek met W&I wordt gepland."),
            line("2019-07-09 18:00", TRAJECTBEGELEIDER,
                holdThen("driegesprek-6", "Aanbod: spoor 3, een minnelijke schuldregeling via W&I. Het buurtteam"
                    + " draagt de regie warm over in een overdrachtsgesprek.", "overdracht"),
                "Het driegesprek (aanbod). Cecilia ergert zich soms aan de toon, maar snapt dat het moet."),
            line("2019-07-09 18:05", TRAJECTBEGELEIDER, complete("aanbod-bespreken"), "Het aanbod is besproken."),
            line("2019-07-10 09:00", TRAJECTBEGELEIDER,
                decideAccess(AccessOutcome.ADMITTED, "Toegelaten tot de schuldregeling (spoor 3)."),
                "W&I neemt de beschikking: Cecilia is toegelaten."),
            line("2019-07-10 09:30", BUURTTEAM_CECILIA, fact("spoor", "3"), "Spoor 3 vastgelegd."),
            line("2019-07-10 09:35", BUURTTEAM_CECILIA, move("dienstverlening-weni"),
                "Door naar de dienstverlening van W&I; de regie gaat pas over na het overdrachtsgesprek."),
            line("2019-07-23 18:00", BUURTTEAM_CECILIA,
                hold("overdracht", "Overdrachtsgesprek met Cecilia, haar buurtteammedewerker en de"
                    + " schuldhulpverlener: W&I neemt de regie over."),
                "Warme overdracht."),
            line("2019-07-23 18:05", SCHULDHULPVERLENER, acceptRegie(LeadKind.CLIENT_LEAD),
                "W&I aanvaardt de regie op de klant."),
            line("2019-08-27 10:00", SCHULDHULPVERLENER, complete("schuldregelingsvoorstel"),
                "Het schuldregelingsvoorstel is klaar; de schuldeisers stemmen in."),
            line("2019-08-27 10:30", SCHULDHULPVERLENER, reached(EMAIL, OUTBOUND),
                "De schuldhulpverlener mailt Cecilia het voorstel ter ondertekening."),
            line("2019-09-03 14:00", SCHULDHULPVERLENER, start(DEBT_SETTLEMENT, "weni"),
                "Cecilia tekent voor het minnelijk traject. Haar situatie is stabiel en ze voelt zich goed"
                    + " geholpen.")));
  }

  private static Journey.Line line(String when, Actor actor, Act act, String story) {
    return new Journey.Line(time(when), actor, act, story);
  }

  private static LocalDateTime time(String when) {
    return LocalDateTime.parse(when, MINUTE);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
