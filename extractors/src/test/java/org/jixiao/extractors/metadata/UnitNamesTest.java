package org.jixiao.extractors.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.jixiao.extractors.nlp.ChineseNlp;
import org.junit.jupiter.api.Test;

/** The unit-name grammar and the place chain read off a name's front. */
class UnitNamesTest {

    @Test
    void namesEndInAnAdministrativeSuffixAfterARealStem() {
        for (String name : List.of("平山县财政局", "高坪镇人民政府", "青园街道办事处", "城乡社区发展治理委员会", "鄞州区文化馆",
                "中共上街区委社治委", "区委社会工作部", "海淀区疾病预防控制中心", "红旗乡人民政府")) {
            assertTrue(UnitNames.isUnitName(name), name);
        }
        for (String notName : List.of("我单位", "各部门", "街道", "财政部门", "所属社区", "2021年度报告", "本街道办事处",
                "区级预算", "办事处")) {
            assertFalse(UnitNames.isUnitName(notName), notName);
        }
    }

    @Test
    void cleaningDropsSpacesAndNotes() {
        assertEquals("革新街道办事处", UnitNames.clean(" 革新街道办事处（本级）"));
        assertEquals("平山县财政局", UnitNames.clean("平山县 财政局(盖章)"));
    }

    @Test
    void anAbbreviationIsTheSameUnitAnotherBureauIsNot() {
        assertTrue(UnitNames.sameUnit("中共上街区委社治委", "中国共产党郑州市上街区委委员会城乡社区发展治理委员会"));
        assertTrue(UnitNames.sameUnit("雁峰街道", "雁峰区雁峰街道办事处"));
        assertTrue(UnitNames.sameUnit("长安区青园街道办事处", "长安区人民政府青园街道办事处"));
        assertFalse(UnitNames.sameUnit("上街区财政局", "中国共产党郑州市上街区委委员会城乡社区发展治理委员会"));
        assertFalse(UnitNames.sameUnit("太原市小店区人民政府", "太原市小店区卫生健康委员会"));
        assertFalse(UnitNames.sameUnit("东华街道办事处", "桥西区东里街道办事处"));
    }

    @Test
    void shortFormsDropPlacesParentGovernmentAndOffice() {
        assertEquals(Set.of("长安区青园街道办事处", "长安区青园街道", "长安区人民政府青园街道", "青园街道办事处", "青园街道"),
                Set.copyOf(UnitNames.shortForms("长安区人民政府青园街道办事处", List.of(3))));
        assertEquals(List.of("汇川区高坪镇人民政府", "遵义市汇川区高坪镇", "高坪镇人民政府", "汇川区高坪镇", "高坪镇"),
                UnitNames.shortForms("遵义市汇川区高坪镇人民政府", List.of(3, 6)));
    }

    @Test
    void placesAtTheFrontOfANameOutermostFirst() {
        ChineseNlp nlp = ChineseNlp.hanlp();
        Regions r = Regions.standard();
        assertEquals(List.of("贵州省", "遵义市", "汇川区"),
                r.leadingPlaces("贵州省遵义市汇川区高坪镇人民政府", nlp).stream().map(Regions.Place::name).toList());
        assertEquals(List.of("郑州市", "上街区"),
                r.leadingPlaces("中国共产党郑州市上街区委委员会城乡社区发展治理委员会", nlp).stream().map(Regions.Place::name).toList());
        assertEquals(List.of("雁峰区"), r.leadingPlaces("雁峰区雁峰街道办事处", nlp).stream().map(Regions.Place::name).toList());
        assertEquals(List.of("平山县"), r.leadingPlaces("平山县财政局", nlp).stream().map(Regions.Place::name).toList());
        // 社区 and 园区 are kinds of area, not districts
        assertEquals(List.of(), r.leadingPlaces("城乡社区发展治理委员会", nlp));
        assertEquals(List.of(), r.leadingPlaces("工业园区管理委员会", nlp));
        assertEquals(List.of(), r.leadingPlaces("革新街道办事处", nlp));
    }

    @Test
    void prefectureTableIsDataAboutEveryProvince() {
        Regions r = Regions.standard();
        assertEquals("湖南省", r.provinceOf("衡阳市"));
        assertEquals("河南省", r.provinceOf("郑州市"));
        assertEquals("浙江省", r.provinceOf("台州市"));
        assertEquals("四川省", r.provinceOf("凉山彝族自治州"));
        assertEquals("北京市", r.provinceOf("北京市"));
        assertEquals(null, r.provinceOf("雁峰区"));
        assertEquals(List.of("石家庄市", "衡阳市"),
                r.cityMentions("《石家庄市财政支出绩效评价办法》，衡阳市信访").stream().map(Regions.Place::name).toList());
    }
}
