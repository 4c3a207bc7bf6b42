package org.jixiao.corpus.load.word;

import static org.jixiao.corpus.load.word.DocxXml.attr;
import static org.jixiao.corpus.load.word.DocxXml.child;
import static org.jixiao.corpus.load.word.DocxXml.isOn;
import static org.jixiao.corpus.load.word.DocxXml.parseInt;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.w3c.dom.Node;

/**
 * What a {@code .docx} paragraph takes from its properties or its style chain ({@code basedOn}): its heading level
 * and its automatic list number ({@code 一、}, {@code 1.}), counted in document order. Styles and list definitions
 * are looked up once per id. One instance per document, as list counters run through it.
 */
final class DocxParagraphStyles {

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    private final ListNumbering lists = new ListNumbering();
    private final Map<String, Integer> styleLevels = new HashMap<>();
    private final Map<String, CTNumPr> styleNumbering = new HashMap<>();
    private final Map<BigInteger, ListNumbering.Level[]> listLevels = new HashMap<>();

    DocxParagraphStyles(XWPFStyles styles, XWPFNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    /** The heading level from the paragraph's own outline level, else its style's name or outline level. */
    int headingLevel(Node p) {
        Node pPr = child(p, "pPr");
        if (pPr == null) {
            return 0;
        }
        Node outline = child(pPr, "outlineLvl");
        if (outline != null) {
            return WordHeadings.levelOfOutline(parseInt(attr(outline, "val"), 9));
        }
        Node style = child(pPr, "pStyle");
        String id = style == null ? null : attr(style, "val");
        return id == null ? 0 : styleLevel(id);
    }

    private int styleLevel(String styleId) {
        Integer known = styleLevels.get(styleId);
        if (known != null) {
            return known;
        }
        int level = 0;
        String id = styleId;
        // follow basedOn a few steps: "My Heading" based on "heading 2" is a level-2 heading
        for (int depth = 0; depth < 10 && id != null && styles != null; depth++) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                break;
            }
            level = WordHeadings.levelOfStyleName(s.getName());
            if (level == 0) {
                CTPPrGeneral ppr = s.getCTStyle().getPPr();
                if (ppr != null && ppr.isSetOutlineLvl()) {
                    BigInteger v = ppr.getOutlineLvl().getVal();
                    level = WordHeadings.levelOfOutline(v == null ? 9 : v.intValue());
                }
            }
            if (level > 0) {
                break;
            }
            id = s.getBasisStyleID();
        }
        styleLevels.put(styleId, level);
        return level;
    }

    /** The automatic number of a list paragraph ({@code 一、}), from its own or its style's numbering. */
    String numberLabel(Node p) {
        if (numbering == null) {
            return "";
        }
        Node pPr = child(p, "pPr");
        if (pPr == null) {
            return "";
        }
        BigInteger numId = null;
        int ilvl = -1;
        Node numPr = child(pPr, "numPr");
        if (numPr != null) {
            Node id = child(numPr, "numId");
            Node lvl = child(numPr, "ilvl");
            numId = id == null ? null : BigInteger.valueOf(parseInt(attr(id, "val"), 0));
            ilvl = lvl == null ? -1 : parseInt(attr(lvl, "val"), 0);
        }
        if (numId == null || ilvl < 0) {
            Node style = child(pPr, "pStyle");
            CTNumPr fromStyle = style == null ? null : styleNumPr(attr(style, "val"));
            if (fromStyle != null) {
                if (numId == null && fromStyle.isSetNumId()) {
                    numId = fromStyle.getNumId().getVal();
                }
                if (ilvl < 0 && fromStyle.isSetIlvl()) {
                    ilvl = fromStyle.getIlvl().getVal().intValue();
                }
            }
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        ListNumbering.Level[] levels = listLevels.computeIfAbsent(numId, this::readLevels);
        return lists.next(numId, Math.max(0, ilvl), i -> levels[i]);
    }

    private CTNumPr styleNumPr(String styleId) {
        if (styleId == null || styles == null) {
            return null;
        }
        if (styleNumbering.containsKey(styleId)) {
            return styleNumbering.get(styleId);
        }
        CTNumPr found = null;
        String id = styleId;
        for (int depth = 0; depth < 10 && id != null; depth++) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                break;
            }
            CTPPrGeneral ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetNumPr()) {
                found = ppr.getNumPr();
                break;
            }
            id = s.getBasisStyleID();
        }
        styleNumbering.put(styleId, found);
        return found;
    }

    /** The nine levels of list instance {@code numId}: its abstract definition with the instance's overrides. */
    private ListNumbering.Level[] readLevels(BigInteger numId) {
        ListNumbering.Level[] levels = new ListNumbering.Level[9];
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum() == null) {
            return levels;
        }
        CTNum ct = num.getCTNum();
        XWPFAbstractNum abstractNum = ct.getAbstractNumId() == null ? null
                : numbering.getAbstractNum(ct.getAbstractNumId().getVal());
        if (abstractNum != null && abstractNum.getCTAbstractNum() != null) {
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                put(levels, lvl);
            }
        }
        for (CTNumLvl override : ct.getLvlOverrideList()) {
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
            }
            int i = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
            if (override.isSetStartOverride() && i >= 0 && i < levels.length && levels[i] != null) {
                ListNumbering.Level l = levels[i];
                levels[i] = new ListNumbering.Level(override.getStartOverride().getVal().intValue(), l.format(),
                        l.template(), l.legal(), l.suffix());
            }
        }
        return levels;
    }

    private static void put(ListNumbering.Level[] levels, CTLvl lvl) {
        int i = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
        if (i < 0 || i >= levels.length) {
            return;
        }
        int start = lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
        String format = lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
        String template = lvl.isSetLvlText() ? lvl.getLvlText().getVal() : null;
        boolean legal = lvl.isSetIsLgl() && isOn(lvl.getIsLgl().getDomNode());
        String suffix = lvl.isSetSuff() && "nothing".equals(lvl.getSuff().getVal().toString()) ? "" : " ";
        levels[i] = new ListNumbering.Level(start, format, template, legal, suffix);
    }
}
