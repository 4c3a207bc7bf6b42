package org.jixiao.extractors.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage that gives a list the unit written once after it. */
class SharedUnitFilterTest {

    private static List<UnitSource> sources(String s) {
        return SharedUnitFilter.apply(s, MentionTokenizer.tokenize(s, MentionTokenizer.Mode.TEXT)).stream()
                .map(m -> ((Quantity) m).unitSource()).toList();
    }

    private static List<String> units(String s) {
        return SharedUnitFilter.apply(s, MentionTokenizer.tokenize(s, MentionTokenizer.Mode.TEXT)).stream()
                .map(m -> ((Quantity) m).unit().symbol()).toList();
    }

    @Test
    void theUnitAfterTheLastMemberIsShared() {
        assertEquals(List.of(UnitSource.SHARED, UnitSource.SHARED, UnitSource.PRINTED), sources("94、93、98分"));
        assertEquals(List.of("分", "分", "分"), units("94、93、98分"));
    }

    @Test
    void aMemberWithItsOwnUnitEndsTheRun() {
        assertEquals(List.of(UnitSource.PRINTED, UnitSource.SHARED, UnitSource.PRINTED), sources("5个、3、4户"));
        assertEquals(List.of("个", "户", "户"), units("5个、3、4户"));
    }

    @Test
    void onlyTheEnumerationCommaLinks() {
        assertEquals(List.of(UnitSource.NONE, UnitSource.PRINTED), sources("94，93分"));
        assertEquals(List.of(UnitSource.NONE, UnitSource.PRINTED), sources("94和93分"));
        assertEquals(List.of(UnitSource.NONE, UnitSource.NONE), sources("94、93"));
    }

    @Test
    void aBareMagnitudeIsNotShared() {
        assertEquals(List.of(UnitSource.NONE, UnitSource.PRINTED), sources("3、5万"));
    }
}
