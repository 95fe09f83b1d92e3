package app.bravo.web;

/** The title and explanation of an error status, in the words of the reader's language. */
record ErrorTexts(String title, String detail) {

    static ErrorTexts of(int status, WebMessages msg) {
        return switch (status) {
            case 400 -> new ErrorTexts(msg.error_400_title(), msg.error_400_detail());
            case 401 -> new ErrorTexts(msg.error_401_title(), msg.error_401_detail());
            case 403 -> new ErrorTexts(msg.error_403_title(), msg.error_403_detail());
            case 404 -> new ErrorTexts(msg.error_404_title(), msg.error_404_detail());
            case 409 -> new ErrorTexts(msg.error_409_title(), msg.error_409_detail());
            case 413 -> new ErrorTexts(msg.error_413_title(), msg.error_413_detail());
            case 429 -> new ErrorTexts(msg.error_429_title(), msg.error_429_detail());
            case 500 -> new ErrorTexts(msg.error_500_title(), msg.error_500_detail());
            case 503 -> new ErrorTexts(msg.error_503_title(), msg.error_503_detail());
            default -> new ErrorTexts(msg.error_other_title(status), msg.error_other_detail());
        };
    }
}
