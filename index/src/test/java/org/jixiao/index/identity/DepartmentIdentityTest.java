package org.jixiao.index.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentIdentityTest {

    private static String key(String name, String region) {
        return DepartmentIdentity.of(name, List.of(), region).key();
    }

    @ParameterizedTest(name = "{0} / {1} = {2} / {3}")
    @CsvSource({
            "雁峰区雁峰街道办事处, 湖南省衡阳市雁峰区, 雁峰街道, 湖南省衡阳市雁峰区",
            "衡阳市雁峰区雁峰街道办事处, 湖南省衡阳市雁峰区, 雁峰街道办事处, 湖南省衡阳市雁峰区",
            "雁峰区雁峰街道办事处, , 雁峰街道, 湖南省衡阳市雁峰区",
            "长安区财政局, 河北省石家庄市长安区, 区财政局, 河北省石家庄市长安区",
            "中共长安区委组织部, 河北省石家庄市长安区, 长安区委组织部, 河北省石家庄市长安区",
            "石家庄市长安区教育局, 河北省石家庄市长安区, 长安区 教育局, 河北省石家庄市长安区",
            "长安区城市管理局（本级）, 河北省石家庄市长安区, 城市管理局, 河北省石家庄市长安区",
            "河北省石家庄市长安区财政局, , 长安区财政局, ",
            "金穗区龙潭镇人民政府, 金穗区, 龙潭镇, 金穗区",
            "长安区人民政府青园街道办事处, 河北省石家庄市长安区, 青园街道, 河北省石家庄市长安区",
            "桥西区东华街道办事处, 河北省石家庄市桥西区, 东华街道办事处, 河北省石家庄市桥西区",
            "雁峰区雁峰街道办事处, 湖南省衡阳市雁峰区, 雁峰区 雁峰街道, ",
            // a traditional-character mirror, pinyin glosses and all
            "望川區(qū)動物疫病預防控制中心, , 望川区动物疫病预防控制中心, ",
            "金穗區農業農村局, 金穗区, 金穗区农业农村局, 金穗区",
    })
    void spellingsOfOneDepartmentShareAKey(String a, String regionA, String b, String regionB) {
        assertEquals(key(a, regionA), key(b, regionB));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "雁峰街道, 天马山街道, 湖南省衡阳市雁峰区",
            "雁峰区雁峰街道办事处, 雁峰区白沙洲街道办事处, 湖南省衡阳市雁峰区",
            "财政局, 教育局, 河北省石家庄市长安区",
            "城市管理局, 市场监督管理局, 河北省石家庄市长安区",
            "青园街道, 东华街道, 河北省石家庄市长安区",
            "龙潭镇, 龙潭街道, 金穗区",
            "卫生健康委员会, 民族宗教事务委员会, 望淮区",
    })
    void differentUnitsOfOnePlaceDoNotMerge(String a, String b, String region) {
        assertNotEquals(key(a, region), key(b, region));
    }

    @Test
    void aPartyCommitteeKeepsItsPlaceAndCommitteeTogether() {
        DepartmentIdentity full = DepartmentIdentity.of("中国共产党澜州市望川区委员会城乡社区发展治理委员会", List.of(),
                "江北省澜州市望川区");
        assertEquals("望川区委员会城乡社区发展治理委员会", full.core());
        assertEquals("望川区/望川区委员会城乡社区发展治理委员会", full.key());
        DepartmentIdentity short_ = DepartmentIdentity.of("中共澜州市望川区委社会工作部", List.of(), "江北省澜州市望川区");
        assertEquals("望川区委社会工作部", short_.core());
        assertEquals("望川区", short_.place());
        // a unit of the district itself still loses its places
        assertEquals("教育局", DepartmentIdentity.of("澜州市望川区教育局", List.of(), "江北省澜州市望川区").core());
        // a city whose name ends in 州 is one place, not 澜州 + 市望川区
        assertEquals(List.of("江北省", "澜州市", "望川区"), DepartmentIdentity.regionPlaces("江北省澜州市望川区"));
    }

    @Test
    void oneNameInTwoDistrictsIsTwoDepartments() {
        assertNotEquals(key("长安区财政局", "河北省石家庄市长安区"), key("桥西区财政局", "河北省石家庄市桥西区"));
        assertNotEquals(key("财政局", "河北省石家庄市长安区"), key("财政局", "河北省石家庄市桥西区"));
    }

    @Test
    void ordinaryWordsEndingInAPlaceSuffixStayInTheName() {
        assertEquals("城市管理局", DepartmentIdentity.coreOf("城市管理局"));
        assertEquals("市场监督管理局", DepartmentIdentity.coreOf("市场监督管理局"));
        assertEquals("雁峰街道", DepartmentIdentity.coreOf("雁峰区雁峰街道办事处"));
    }

    @Test
    void keepsEverySpellingAsAnAlias() {
        DepartmentIdentity id = DepartmentIdentity.of("雁峰区雁峰街道办事处", List.of("雁峰街道", "雁峰街道办事处"),
                "湖南省衡阳市雁峰区");
        assertEquals("雁峰区雁峰街道办事处", id.name());
        assertEquals(List.of("雁峰区雁峰街道办事处", "雁峰街道", "雁峰街道办事处"), id.aliases());
        assertEquals("雁峰区/雁峰街道", id.key());
    }
}
