package org.jixiao.pipeline.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.index.SearchQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --year 2021}, {@code --year 2019..2024}, {@code --year 2022..} or {@code --year ..2020}: the one year-range
 * option of the commands that filter reports, as a picocli mixin. A malformed range is a usage error of the command
 * that mixes it in.
 */
final class YearRangeOption {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})?(?:\\.\\.(\\d{4})?)?");

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--year", paramLabel = "YEAR[..YEAR]", description = "a year or a range: 2021, 2019..2024, 2022..")
    String years;

    /** {@code q} restricted to the range; unchanged without {@code --year}. */
    SearchQuery applyTo(SearchQuery q) {
        if (years == null) {
            return q;
        }
        Matcher m = YEARS.matcher(years.strip());
        if (!m.matches() || years.isBlank()) {
            throw new ParameterException(mixee.commandLine(), "--year wants 2021 or 2019..2024, not " + years);
        }
        Integer from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer to = years.contains("..") ? (m.group(2) == null ? null : Integer.valueOf(m.group(2))) : from;
        return q.withYears(from, to);
    }
}
