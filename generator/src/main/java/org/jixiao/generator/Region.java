package org.jixiao.generator;

/** Where a department sits: province, city, district (all invented except the province). */
public record Region(String province, String city, String district) {

    /** The form reports and the dataset contract use: city and district, e.g. 云梦泽市澄湖区. */
    public String text() {
        return city + district;
    }
}
