package org.jixiao.corpus.load.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command line, run as a child process: which languages it has, and the words it
 * recognizes on one page image, with their boxes (its TSV output).
 *
 * <p>A command line rather than a JNI binding (Tess4J) because it needs nothing but the Debian packages,
 * cannot crash the JVM, and can be killed on a timeout. Tesseract is told to use one thread
 * ({@code OMP_THREAD_LIMIT=1}): on a small machine its OpenMP threads compete with each other and with the
 * JVM, and one thread measured three times faster per page here; parallelism belongs to the caller.
 *
 * <p>Thread-safe: the language check is cached per command in a concurrent map; each recognition uses its
 * own temporary files.
 */
final class Tesseract {

    /**
     * One recognized word: the image it is on (1-based, tesseract's page number), tesseract's
     * block/paragraph/line numbering, its box in pixels, its confidence.
     */
    record Word(int image, int block, int par, int line, int left, int top, int width, int height, double conf, String text) {
        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        int centreX() {
            return left + width / 2;
        }

        int centreY() {
            return top + height / 2;
        }

        /** Identifies the tesseract text line the word belongs to. */
        long lineKey() {
            return ((long) image << 48) | ((long) block << 32) | ((long) par << 16) | line;
        }
    }

    /** What {@code --list-langs} said: whether the command ran, and which languages it has. */
    record Languages(boolean present, List<String> names) {
        boolean has(String lang) {
            return names.contains(lang);
        }
    }

    private static final Map<String, Languages> LANGUAGES = new ConcurrentHashMap<>();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    private final String command;

    Tesseract(String command) {
        this.command = command;
    }

    /** The installed languages, asked once per command and remembered. */
    Languages languages() {
        return LANGUAGES.computeIfAbsent(command, Tesseract::probe);
    }

    private static Languages probe(String command) {
        Path out = null;
        try {
            out = Files.createTempFile("jixiao-tess-langs", ".txt");
            Process p = new ProcessBuilder(command, "--list-langs")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(PROBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Languages(false, List.of());
            }
            if (p.exitValue() != 0) {
                return new Languages(false, List.of());
            }
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("List of available languages") && !l.contains(" ")) {
                    names.add(l);
                }
            }
            return new Languages(true, List.copyOf(names));
        } catch (IOException e) {
            return new Languages(false, List.of()); // no such command
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Languages(false, List.of());
        } finally {
            deleteQuietly(out);
        }
    }

    /**
     * Recognizes the words on each of {@code images} (PNGs) in one run of tesseract — the language model is
     * loaded once for a whole page's crops — with page segmentation mode {@code psm} (6: one block of text;
     * 7: one line).
     *
     * @return the words of each image, in the order given; box coordinates relative to each image
     * @throws IOException when tesseract fails, or runs longer than {@code timeout}
     */
    List<List<Word>> recognize(List<Path> images, String langs, int psm, int dpi, Duration timeout)
            throws IOException {
        List<List<Word>> perImage = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            perImage.add(new ArrayList<>());
        }
        if (images.isEmpty()) {
            return perImage;
        }
        Path list = Files.createTempFile("jixiao-tess", ".txt");
        Path out = Files.createTempFile("jixiao-tess", ".tsv");
        Path err = Files.createTempFile("jixiao-tess", ".err");
        try {
            Files.write(list, images.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(command, list.toString(), "stdout", "-l", langs, "--psm", Integer.toString(psm),
                    "--dpi", Integer.toString(dpi), "tsv")
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while tesseract was running", e);
            }
            if (!done) {
                p.destroyForcibly();
                throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                String last = lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
                throw new IOException("tesseract failed (exit " + p.exitValue() + ")" + last);
            }
            for (Word w : parseTsv(Files.readAllLines(out, StandardCharsets.UTF_8))) {
                if (w.image() >= 1 && w.image() <= images.size()) {
                    perImage.get(w.image() - 1).add(w);
                }
            }
            return perImage;
        } finally {
            deleteQuietly(list);
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** The word rows (level 5) of tesseract's TSV, without empty words. */
    static List<Word> parseTsv(List<String> lines) {
        List<Word> words = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new Word(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a malformed row: skip it rather than lose the page
            }
        }
        return words;
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
