package fr.recueil.base;

import java.util.Arrays;

/**
 * A refusal the user must understand: bad input, a rule of the domain, a missing right.
 * It carries a translation key and its arguments, so the UI shows it in the user's language;
 * {@link #getMessage()} is the French text, for logs and API clients.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(Translations.french(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "BusinessException[" + messageKey + Arrays.toString(arguments) + "]";
    }
}
