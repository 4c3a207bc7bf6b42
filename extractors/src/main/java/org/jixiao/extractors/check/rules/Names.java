package org.jixiao.extractors.check.rules;

import org.jixiao.extractors.model.Evaluation;

/** How a finding's sentence names an evaluation. */
final class Names {

    private Names() {
    }

    static String of(Evaluation e) {
        if (e.scope() == Evaluation.Scope.DEPARTMENT) {
            return "部门整体";
        }
        return e.name() == null ? "未具名项目" : "“" + e.name() + "”";
    }
}
