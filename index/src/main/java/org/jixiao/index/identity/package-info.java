/**
 * Department identity across years: one normalized key for the spellings a department's reports use (full
 * official name, short name, with or without the region in front), so a timeline links 2021 and 2022 even when
 * the cover page wrote the name differently.
 */
package org.jixiao.index.identity;
