package org.jixiao.extractors.evaluation.prose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.corpus.load.SourceFile;
import org.jixiao.corpus.load.text.TextLoader;
import org.jixiao.extractors.ReportExtractor;
import org.jixiao.extractors.model.Evaluation;
import org.jixiao.extractors.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that prints its file's properties before the form (author, revision id, ISO times, as a converter dumps
 * them): the colon in a time ends a phrase, but that line names no project. Invented text.
 */
class FilePropertiesLineTest {

    @TempDir
    Path tmp;

    @Test
    void aLineOfFilePropertiesNamesNoEvaluation() throws Exception {
        String text = "王某某 abcd120045 1 2020-03-02T08:15:40Z 2021-06-01T02:11:09Z 12.00 附件: 项目支出绩效自评表 "
                + "(2022年度) 项目名称 农技推广服务项目 主管部门 望川县农业农村局 实施单位 望川县农技中心 "
                + "年度总体目标 预期目标 实际完成情况 本项目共申请预算资金60万元,用于农技推广。 "
                + "本项目共完成预算资金58.5万元,全部用于农技推广。\n";
        Path p = tmp.resolve("page.txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        Report r = new ReportExtractor().extract(new TextLoader().load(SourceFile.of(p)));
        for (Evaluation e : r.evaluations()) {
            assertTrue(e.name() == null || !e.name().contains("abcd120045") && !e.name().contains("2020-03-02"),
                    "named by the file's properties: " + e.name());
        }
    }
}
