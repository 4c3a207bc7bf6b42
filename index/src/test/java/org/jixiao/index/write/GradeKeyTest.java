package org.jixiao.index.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One facet per grade level, however the report prints it. */
class GradeKeyTest {

    @Test
    void spellingsOfOneLevelShareAKey() {
        assertEquals("优", IndexFields.gradeKey("优秀"));
        assertEquals("优", IndexFields.gradeKey("优"));
        assertEquals("优", IndexFields.gradeKey("“优”"));
        assertEquals("良", IndexFields.gradeKey("良好"));
        assertEquals("中", IndexFields.gradeKey("一般"));
        assertEquals("差", IndexFields.gradeKey("较差"));
    }

    @Test
    void passFailSchemesStayApartAndUnknownGradesAreKeptAsPrinted() {
        assertEquals("合格", IndexFields.gradeKey("合格"));
        assertEquals("不合格", IndexFields.gradeKey("不合格"));
        assertEquals("好", IndexFields.gradeKey(" 好 "));
        assertNull(IndexFields.gradeKey(null));
    }
}
