package org.jixiao.pipeline.web;

/** A request the server cannot answer as asked: the message is one plain sentence shown to the user. */
final class BadRequest extends RuntimeException {

    final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static BadRequest badRequest(String message) {
        return new BadRequest(400, message);
    }

    static BadRequest notFound(String message) {
        return new BadRequest(404, message);
    }
}
