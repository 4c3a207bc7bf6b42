package org.jixiao.extractors.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jixiao.corpus.model.Block;
import org.jixiao.corpus.model.Heading;
import org.jixiao.corpus.model.Paragraph;
import org.jixiao.corpus.model.SourceDocument;
import org.jixiao.corpus.model.Table;
import org.jixiao.extractors.evaluation.form.FlatForms;
import org.jixiao.extractors.model.Figure;
import org.jixiao.extractors.nlp.ChineseNlp;
import org.jixiao.extractors.number.Kind;
import org.jixiao.extractors.number.Unit;

/**
 * Every labelled amount, rate, count and score of a report — the contract's {@code figures} — from its prose
 * ({@link ProseLabeller}: the phrase before the number names it) and its tables ({@link TableFigures}: the row
 * and column headers name it), in reading order, each with the exact span of the number and its unit.
 *
 * <p>Years, dates, document numbers, list markers and ranges are never figures (the number layer classifies
 * them); nor are row numbers, numbers nothing names, or numbers whose unit neither the text nor a header,
 * caption or line above the table states.
 */
public final class FigureExtractor {

    /** How far back (in blocks) a {@code 单位：万元} line may stand above its table. */
    /**
     * How many blocks above a table may declare its unit: a form's header block ({@code 单位:万元} beside its labels)
     * stands a few short lines (项目预算 / 执行情况 / (10分)) and its goals' text above the budget table.
     */
    private static final int STATEMENT_LOOKBACK = 8;

    private FigureExtractor() {
    }

    public static List<Figure> extract(SourceDocument doc) {
        return extract(doc, () -> FlatForms.read(doc));
    }

    /** As {@link #extract(SourceDocument)}, with the document's flat forms ({@link FlatForms#read}) from {@code flatForms}. */
    public static List<Figure> extract(SourceDocument doc, Supplier<List<FlatForms.Form>> flatForms) {
        return extract(doc, ChineseNlp.hanlp(), flatForms);
    }

    static List<Figure> extract(SourceDocument doc, ChineseNlp nlp) {
        return extract(doc, nlp, () -> FlatForms.read(doc));
    }

    private static List<Figure> extract(SourceDocument doc, ChineseNlp nlp, Supplier<List<FlatForms.Form>> flatForms) {
        LabelText text = new LabelText(nlp);
        ProseLabeller prose = ProseLabeller.forProse(text);
        TableFigures tables = new TableFigures(ProseLabeller.forCells(text));
        List<Figure> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        Unit declared = null; // a money unit a form declared for the lines after it (金额单位: 万元)
        int declaredAt = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Unit inForce = declared != null && i - declaredAt <= DECLARED_REACH ? declared : null;
            switch (blocks.get(i)) {
                case Paragraph p -> addProse(prose, p.at(), inForce, out);
                case Heading h -> addProse(prose, h.at(), inForce, out);
                case Table t -> {
                    out.addAll(tables.extract(t, statementAbove(blocks, i)));
                    declared = null;
                }
            }
            if (!(blocks.get(i) instanceof Table)) {
                Unit u = UnitStatements.declared(blocks.get(i).text()).filter(x -> x.kind() == Kind.AMOUNT)
                        .orElse(null);
                if (u != null) {
                    declared = u;
                    declaredAt = i;
                }
            }
        }
        return List.copyOf(FlatFormFigures.merge(doc, flatForms.get(), out));
    }

    /**
     * A paragraph that opens by naming its project as a heading sentence: {@code ㈠某某排水工程项目。安排资金…},
     * {@code (二)某某项目:…}. Group 1 is the name; the match ends after the sentence's mark.
     */
    private static final java.util.regex.Pattern HEADING_NAME = java.util.regex.Pattern.compile(
            "^\\s*(?:[㈠-㈩]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．])\\s*"
                    + "([^。；;，,:：\\n]{2,40}?(?:项目|工程))\\s*[。:：]");
    /** A label that says only how money was provided, naming no thing: 安排资金, 下达资金, 投入经费. */
    private static final java.util.regex.Pattern FUNDING_ONLY = java.util.regex.Pattern.compile(
            "^(?:共|累计)?(?:安排|下达|投入|拨付|分配|落实|下拨|争取)?(?:资金|金额|经费|补助资金|专项资金)(?:共计|合计|总额)?$");

    /** How many blocks after it a form's declared money unit holds for bare amounts (its header and budget lines). */
    private static final int DECLARED_REACH = 6;
    /** A label that names an amount of the budget: 预算数, 到位数, 执行数, 其中:财政资金. */
    private static final java.util.regex.Pattern MONEY_LABEL = java.util.regex.Pattern.compile(
            "(?:预算数|到位数|执行数|决算数|支出数|预算金额|拨款|财政资金|资金总额)$");

    private static void addProse(ProseLabeller prose, org.jixiao.corpus.model.Provenance at, Unit declared,
                                 List<Figure> out) {
        java.util.regex.Matcher heading = HEADING_NAME.matcher(at.text());
        String name = heading.find() ? heading.group(1).strip() : null;
        int sentenceEnd = name == null ? -1 : nextSentenceEnd(at.text(), heading.end());
        String money = null; // the bare magnitude (万) a figure of this sentence was read as money in
        int moneyEnd = -1;
        boolean listing = false; // a 其中 after that figure: the items after it are parts of the money
        for (ProseLabeller.Labelled l : prose.label(at)) {
            String label = l.label();
            // the sentence right after a heading sentence speaks of the thing the heading names: 安排资金 of it
            if (name != null && label != null && l.at().start() - at.start() < sentenceEnd
                    && FUNDING_ONLY.matcher(label).matches()) {
                label = name + label;
            }
            // a bare number named as a score (自评得分分别为94、93、98) is points
            boolean score = LabelWords.get().namesScore(label);
            Unit unit = l.quantity().unit();
            // a bare number after a budget word, under a form's 金额单位: 万元: an amount in that unit
            if (declared != null && unit.isNone() && !score && label != null && MONEY_LABEL.matcher(label).find()
                    && l.quantity().kind() == Kind.PLAIN) {
                unit = declared;
            }
            Unit printed = l.quantity().unit();
            if (printed.isMagnitude() && !printed.asMoneyFor(label).isMagnitude()) {
                money = printed.symbol(); // 下达资金480万: money, which a 其中 after it may break down
                moneyEnd = l.at().end();
                listing = false;
            } else if (printed.isMagnitude() && printed.symbol().equals(money) && !score
                    && l.at().start() >= moneyEnd) {
                String between = at.text().substring(moneyEnd - at.start(), l.at().start() - at.start());
                listing |= between.contains("其中");
                if (listing && between.replace("。其中", "").indexOf('。') < 0 && between.indexOf('\n') < 0) {
                    unit = printed.asMoney(); // 其中:治理工程300万,维修养护80万: parts of that money
                    moneyEnd = l.at().end();
                } else {
                    money = null;
                }
            }
            Figures.of(label, l.quantity(), unit, score, l.at()).ifPresent(out::add);
        }
    }

    private static int nextSentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("。；;\n".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The short lines just above a table (titles, {@code 单位：万元}), nearest last, joined by newlines. */
    private static String statementAbove(List<Block> blocks, int table) {
        StringBuilder sb = new StringBuilder();
        for (int j = table - 1; j >= 0 && j >= table - STATEMENT_LOOKBACK; j--) {
            Block b = blocks.get(j);
            if (b instanceof Table) {
                break;
            }
            sb.insert(0, b.text() + "\n");
        }
        return sb.toString();
    }
}
