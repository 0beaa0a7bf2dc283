package org.dynadeploy.lang.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Converters for the Long, Double and Integer datatype rules of the common grammar. */
final class NumberValueConverters {

    private NumberValueConverters() {
    }

    static final IValueConverter<Long> LONG = new IValueConverter<>() {
        @Override
        public Long toValue(String text, INode node) {
            try {
                return Long.valueOf(strip(text, node, "an integer"));
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + text + "' is not a 64-bit integer (allowed: "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")", node, e);
            }
        }

        @Override
        public String toString(Long value) {
            return value.toString();
        }
    };

    static final IValueConverter<Integer> INTEGER = new IValueConverter<>() {
        @Override
        public Integer toValue(String text, INode node) {
            try {
                return Integer.valueOf(strip(text, node, "an integer"));
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + text + "' is not a 32-bit integer", node, e);
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    };

    static final IValueConverter<Double> DOUBLE = new IValueConverter<>() {
        @Override
        public Double toValue(String text, INode node) {
            try {
                return Double.valueOf(strip(text, node, "a number"));
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + text + "' is not a number", node, e);
            }
        }

        @Override
        public String toString(Double value) {
            if (value.isNaN() || value.isInfinite()) {
                throw new ValueConverterException("cannot write the float " + value + " in a model", null, null);
            }
            // The grammar accepts only digits '.' digits: no exponent.
            String plain = new BigDecimal(value.toString()).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
    };

    /** The digits of a number token sequence; an empty one means the parser found no number. */
    private static String strip(String text, INode node, String expected) {
        String digits = text == null ? "" : text.replaceAll("\\s+", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new ValueConverterException("expected " + expected + " here", node, null);
        }
        return digits;
    }
}
