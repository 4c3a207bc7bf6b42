package org.jixiao.corpus.load;

/**
 * A file could not be read. The message is one line a user understands ("PDF 已加密，需要密码", "not a Word
 * file: the bytes are a ZIP archive without word/document.xml"), never a stack trace; the cause is kept for
 * {@code --verbose}.
 */
public class LoadException extends Exception {

    public LoadException(String reason) {
        super(reason);
    }

    public LoadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
