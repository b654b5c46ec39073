package nl.schuldhulp.workflow.render;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.ActionList;

/**
 * Lays out a {@link Route} as one self-contained HTML5 page: inline CSS, no scripts, no external
 * resources, {@code lang="nl"}, one column that reads on a phone, headings and lists for screen
 * readers, {@code aria-current="step"} on where the client is now, and status in words and symbols
 * as well as colour. Every text is escaped; the markup is also well-formed XML (polyglot).
 */
final class RouteMapWriter {
  /** Colours meet WCAG AA (4.5:1) for their text against their background. */
  private static final String STYLE = """
      body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; }
      main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
      h1 { font-size: 1.8rem; margin: 0.5rem 0; }
      h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #c5ccd3; }
      p { margin: 0.5rem 0; }
      ul, ol { padding-left: 1.25rem; }
      li { margin: 0.4rem 0; }
      .made { color: #4a4a4a; font-size: 1rem; }
      .score { font-size: 1.25rem; }
      progress { width: 100%; height: 1.25rem; accent-color: #1b5e20; }
      .path { list-style: none; padding: 0; margin: 0; }
      .path > li { position: relative; margin: 0 0 0 1rem; padding: 0.5rem 0.75rem 1rem 2rem; border-left: 4px solid #2e7d32; }
      .path > li:last-child { padding-bottom: 0.5rem; }
      .mark { position: absolute; left: -1.2rem; top: 0.5rem; width: 2rem; height: 2rem; border-radius: 50%; text-align: center; line-height: 2rem; font-weight: bold; }
      .status { display: block; font-size: 0.95rem; font-weight: bold; }
      .step { display: block; font-size: 1.15rem; font-weight: bold; }
      .phase, .when { display: block; }
      .done .mark::before { content: "\\2713"; }
      .now .mark::before { content: "\\25CF"; }
      .done .mark { background: #1b5e20; color: #ffffff; }
      .done .status { color: #1b5e20; }
      .path > li.now { background: #e3edf9; border-left-color: #0b4f9c; border-radius: 0 0.5rem 0.5rem 0; }
      .now .mark { background: #0b4f9c; color: #ffffff; }
      .now .status { color: #0b4f9c; }
      .path > li.later { border-left: 4px dashed #6b6b6b; }
      .later .mark { background: #ffffff; color: #3d3d3d; border: 3px solid #6b6b6b; width: 1.6rem; height: 1.6rem; line-height: 1.6rem; left: -1.1rem; }
      .later .status { color: #3d3d3d; }
      .later ul { margin: 0.25rem 0; }
      .wins, .actions, .ours { padding-left: 0; list-style: none; }
      .wins > li, .actions > li, .ours > li { padding: 0.6rem 0.75rem; border-radius: 0.5rem; }
      .wins > li { background: #edf7ee; }
      .actions > li { background: #fff4d6; border: 2px solid #8a5a00; }
      .ours > li { background: #f1f3f5; }
      .date { display: block; font-size: 0.95rem; color: #3d3d3d; }
      .due { display: block; font-weight: bold; }
      .late { display: block; color: #9b1c1c; font-weight: bold; }
      .queued { font-weight: bold; }
      .helpers > li { margin-bottom: 0.75rem; }
      .helpers ul { padding-left: 1.25rem; }
      """;

  private final StringBuilder out = new StringBuilder(8192);
  private final Route route;

  private RouteMapWriter(Route route) {
    this.route = route;
  }

  static String write(Route route) {
    return new RouteMapWriter(route).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Uw routekaart</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    path();
    actions();
    ours();
    meeting();
    wins();
    helpers();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    ActionList actions = route.actions();
    out.append("<header>\n<h1>Uw routekaart</h1>\n");
    line("p", "", "Hulp bij geldzaken in " + route.municipality() + ". Hier ziet u waar u nu bent, wat al klaar is en wat er"
        + " nog komt.");
    line("p", "score", "U heeft " + actions.done() + " van de " + Dutch.count(actions.total(), "taak", "taken") + " klaar.");
    if (actions.total() > 0) {
      out.append("<progress max=\"").append(actions.total()).append("\" value=\"").append(actions.done())
          .append("\" aria-label=\"Taken klaar\">").append(actions.done()).append(" van ").append(actions.total())
          .append("</progress>\n");
    }
    out.append("<p class=\"made\">Gemaakt op ").append(time(route.today())).append(".</p>\n</header>\n");
  }

  private void path() {
    section("route", "Waar bent u nu?");
    out.append("<ol class=\"path\">\n");
    for (Route.Place place : route.path()) {
      out.append("<li class=\"").append(place.status() == Route.Status.NOW ? "now\" aria-current=\"step" : "done")
          .append("\">");
      mark(place.status());
      place(place);
      out.append("</li>\n");
    }
    List<Route.Place> next = route.next();
    if (next.size() == 1) {
      out.append("<li class=\"later\">");
      mark(Route.Status.LATER);
      line("span", "status", "Hierna");
      place(next.get(0));
      out.append("</li>\n");
    } else if (next.size() > 1) {
      out.append("<li class=\"later\">");
      mark(Route.Status.LATER);
      line("span", "status", "Hierna");
      line("span", "when", "Daarna komt één van deze stappen. Welke, dat bespreken we samen met u.");
      out.append("<ul>\n");
      for (Route.Place place : next) {
        out.append("<li>");
        place(place);
        out.append("</li>\n");
      }
      out.append("</ul>\n</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private void mark(Route.Status status) {
    out.append("<span class=\"mark\" aria-hidden=\"true\"></span>\n");
    if (status != Route.Status.LATER) {
      line("span", "status", status == Route.Status.DONE ? "Klaar" : "Nu");
    }
  }

  private void place(Route.Place place) {
    line("span", "step", place.title());
    if (!place.phase().isEmpty()) {
      line("span", "phase", place.phase());
    }
    if (place.status() != Route.Status.LATER) {
      line("span", "when", place.when());
    }
  }

  private void wins() {
    section("done", "Wat is al gedaan");
    if (route.wins().isEmpty()) {
      line("p", "", "Hier ziet u straks wat er al klaar is.");
    } else {
      line("p", "", "Kijk wat er al gelukt is. Het nieuwste staat bovenaan.");
      out.append("<ul class=\"wins\">\n");
      for (Route.Win win : route.wins()) {
        out.append("<li>");
        dated(win.on());
        line("span", "", win.text());
        if (!win.detail().isEmpty()) {
          line("p", "", win.detail());
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void actions() {
    ActionList actions = route.actions();
    section("todo", "Wat moet u nu doen");
    if (!route.open()) {
      line("p", "", "Uw hulp is afgesloten. U hoeft niets meer te doen.");
    } else if (actions.open().isEmpty()) {
      line("p", "", "U hoeft nu niets te doen.");
    } else {
      out.append("<ol class=\"actions\">\n");
      for (ActionList.Item item : actions.open()) {
        out.append("<li>");
        line("span", "", item.text());
        out.append("<span class=\"due\">Uiterlijk ").append(time(item.due())).append("</span>");
        if (item.due().isBefore(route.today())) {
          line("span", "late", "Deze datum is voorbij. Lukt het niet? Bel dan uw contactpersoon.");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    int queued = actions.queued().size();
    if (route.open() && queued > 0) {
      line("p", "queued", (queued == 1 ? "Daarna komt nog 1 taak." : "Daarna komen nog " + queued + " taken.")
          + " U ziet " + (queued == 1 ? "die" : "ze") + " hier als u klaar bent met de taken hierboven.");
    }
    out.append("</section>\n");
  }

  private void meeting() {
    section("appointment", "Uw volgende afspraak");
    if (route.meetings().isEmpty()) {
      line("p", "", "Er is nu geen afspraak gepland.");
    } else {
      Route.Meeting meeting = route.meetings().get(0);
      out.append("<p><strong>").append(Text.xml(Dutch.capitalised(meeting.kind()))).append("</strong> op <time datetime=\"")
          .append(meeting.start()).append("\">").append(Text.xml(Dutch.dateAndTime(meeting.start())))
          .append("</time>.</p>\n");
      if (!meeting.with().isEmpty()) {
        line("p", "", "U praat met " + Wording.join(meeting.with(), "en") + ".");
      }
      int later = route.meetings().size() - 1;
      if (later > 0) {
        line("p", "", "Daarna " + (later == 1 ? "heeft u nog 1 afspraak." : "heeft u nog " + later + " afspraken."));
      }
    }
    out.append("</section>\n");
  }

  private void ours() {
    section("ours", "Wat doen wij");
    if (route.ours().isEmpty()) {
      line("p", "", "Er staan nu geen taken van ons op uw lijst. Heeft u een vraag? Bel dan uw contactpersoon.");
    } else {
      out.append("<ul class=\"ours\">\n");
      for (Route.Duty duty : route.ours()) {
        out.append("<li><strong>").append(Text.xml(duty.organisation())).append("</strong>: ").append(Text.xml(duty.text()))
            .append(" \u2014 uiterlijk ").append(time(duty.due())).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void helpers() {
    section("helpers", "Wie helpt u");
    if (!route.contact().isEmpty()) {
      line("p", "score", route.contact());
    }
    if (!route.handover().isEmpty()) {
      line("p", "", route.handover());
    }
    out.append("<ul class=\"helpers\">\n");
    for (Route.Helper helper : route.helpers()) {
      out.append("<li><strong>").append(Text.xml(helper.organisation())).append("</strong>\n<ul>\n");
      for (String sentence : helper.does()) {
        line("li", "", sentence);
      }
      out.append("</ul>\n</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void section(String id, String heading) {
    out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-kop\">\n<h2 id=\"")
        .append(id).append("-kop\">").append(Text.xml(heading)).append("</h2>\n");
  }

  private void dated(LocalDate date) {
    out.append("<span class=\"date\">").append(time(date)).append("</span>\n");
  }

  /** A {@code <time>} element for a date, in words with the ISO date as its value. */
  private static String time(LocalDate date) {
    return "<time datetime=\"" + date + "\">" + Text.xml(Dutch.date(date)) + "</time>";
  }

  /** One element with escaped text and an optional class. */
  private void line(String element, String css, String text) {
    out.append('<').append(element);
    if (!css.isEmpty()) {
      out.append(" class=\"").append(css).append('"');
    }
    out.append('>').append(Text.xml(text)).append("</").append(element).append(">\n");
  }
}
