package org.jixiao.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name printed by a traditional-character mirror, glosses and all, is the simplified name. Invented names. */
class SpellingsTest {

    @Test
    void traditionalCharactersAndPinyinGlossesSpellTheSimplifiedName() {
        assertEquals("望川区动物疫病预防控制中心", Spellings.plain("望川區(qū)動物疫病預防控制中心"));
        assertEquals("望川市农业农村局", Spellings.plain("望川市農(nóng)業(yè)農(nóng)村局"));
        assertEquals("万元", Spellings.plain("萬元"));
        assertEquals("某县财政局(本级)", Spellings.plain("某县财政局(本级)"), "a bracket without tone marks stays");
        assertTrue(Spellings.sameName("望川區動物疫病預防控制中心", "望川区动物疫病预防控制中心"));
        assertFalse(Spellings.sameName("望川区动物卫生监督所", "望川区动物疫病预防控制中心"));
    }
}
