package org.jixiao.corpus.load;

/**
 * The one-line reason of a failure, for a user: the innermost cause's message (its class name when it has none),
 * whitespace collapsed and cut to 160 chars. The outer exceptions are usually wrappers ("could not parse") whose
 * cause says what was actually wrong. Every module that prints a failure uses this.
 */
public final class ErrorReason {

    private static final int MAX = 160;

    private ErrorReason() {
    }

    public static String of(Throwable e) {
        Throwable t = innermost(e);
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > MAX ? m.substring(0, MAX - 3) + "…" : m;
    }

    /**
     * The reason of an unexpected failure (a bug of ours or of a library on an odd file), with the exception's
     * type first, because the type is then half the explanation: {@code IllegalStateException: an odd table}, or
     * the type alone when nothing says more.
     */
    public static String withType(Throwable e) {
        String type = e.getClass().getSimpleName();
        Throwable t = innermost(e);
        return t == e && e.getMessage() == null ? type : type + ": " + of(e);
    }

    private static Throwable innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
