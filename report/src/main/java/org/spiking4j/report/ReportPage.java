package org.spiking4j.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.figcaption;
import static j2html.TagCreator.figure;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.img;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import j2html.tags.DomContent;
import java.util.List;
import org.spiking4j.report.figure.Figure;

/** The report's index.html (j2html): a header with the model's facts, then every figure in order. */
final class ReportPage {
    private static final String STYLE = "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
            + "img{max-width:100%;border:1px solid #ddd}figure{margin:0 0 1em 0}figcaption{color:#444;margin-top:.4em}"
            + ".omitted{color:#666;font-style:italic}.facts li{margin:.2em 0}section{margin-bottom:2.5em}";

    /** One fact line of the header. */
    record Fact(String name, String value) {
    }

    String render(String heading, List<Fact> facts, List<Figure> figures) {
        return document(html(
                head(meta().withCharset("utf-8"), title(heading),
                        // An empty icon, so the browser asks for no favicon file that does not exist.
                        link().withRel("icon").withHref("data:,"), style(STYLE)),
                body(h1(heading),
                        ul(each(facts, fact -> li(span(fact.name() + ": "), code(fact.value())))).withClass("facts"),
                        p(span("Every number on this page is in "), a("report.json").withHref("report.json"),
                                span(".")),
                        each(figures, ReportPage::figureSection))));
    }

    private static DomContent figureSection(Figure figure) {
        String heading = "Figure " + figure.number() + ". " + figure.title();
        if (figure.isOmitted()) {
            return section(h2(heading), p("Left out: " + figure.omittedBecause()).withClass("omitted"))
                    .withId("figure-" + figure.number());
        }
        return section(h2(heading),
                each(figure.images(), image -> figure(img().withSrc(image).withAlt(heading + ": " + image))),
                figcaption(figure.caption()),
                figure.vectors().isEmpty() ? span()
                        : div(span("Vector copies: "), each(figure.vectors(), vector -> span(a(vector).withHref(vector),
                                span(" "))))).withId("figure-" + figure.number());
    }
}
