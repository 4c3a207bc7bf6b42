package org.jixiao.extractors.check.rules;

import java.util.List;

import org.jixiao.extractors.check.CheckRule;
import org.jixiao.extractors.model.Finding;
import org.jixiao.extractors.model.Report;

public final class WeightsRule implements CheckRule {
    @Override
    public String rule() {
        return "weights";
    }

    @Override
    public List<Finding> check(Report report) {
        return List.of();
    }
}
