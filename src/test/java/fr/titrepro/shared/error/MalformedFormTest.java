package fr.titrepro.shared.error;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which exceptions are a malformed form body (400) rather than an internal error (500): found by FormBadInputTest,
 * « % », « %ZZ=1 », « =&=&= » and 5,000 fields answered 500 on every page form (issue 12, bad input everywhere).
 */
class MalformedFormTest {

    static Throwable thrown(Throwable e, String readerClass, String method) {
        e.setStackTrace(new StackTraceElement[]{new StackTraceElement(readerClass, method, "X.java", 1),
                new StackTraceElement("io.quarkus.vertx.core.runtime.VertxCoreRecorder$15", "runWith", "V.java", 1)});
        return e;
    }

    static Stream<Arguments> cases() {
        String map = "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider";
        String parser = "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition$FormEncodedDataParser";
        String formData = "org.jboss.resteasy.reactive.server.core.multipart.FormData";
        return Stream.of(
                Arguments.of("« % » read as the page's form map", thrown(new IllegalArgumentException(
                        "URLDecoder: Incomplete trailing escape (%) pattern"), "java.net.URLDecoder", "decode"), false),
                Arguments.of("« % » in the form map reader", thrown(new IllegalArgumentException("URLDecoder"), map,
                        "doReadFrom"), true),
                Arguments.of("« =&= » in the form map reader", thrown(new ArrayIndexOutOfBoundsException(0), map,
                        "parseForm"), true),
                Arguments.of("« %ZZ » in the @FormParam parser", thrown(new IllegalArgumentException(
                        "Failed to decode URL %ZZ to UTF-8"), parser, "decodeParameterName"), true),
                Arguments.of("5,000 fields", thrown(new RuntimeException("Param limit of 1000 was exceeded"),
                        formData, "add"), true),
                Arguments.of("a bug of ours", thrown(new IllegalArgumentException("bug"),
                        "fr.titrepro.session.SessionService", "create"), false),
                Arguments.of("a null pointer in the reader", thrown(new NullPointerException(), map, "parseForm"),
                        false),
                Arguments.of("wrapped", new IllegalStateException(thrown(new IllegalArgumentException("x"), map,
                        "doReadFrom")), true));
    }

    @org.junit.jupiter.api.Test
    void theReadersIndexErrorOnceTheJitDropsItsStackTraceIsAMalformedFormOnlyForAForm() {
        ArrayIndexOutOfBoundsException fast = new ArrayIndexOutOfBoundsException();
        fast.setStackTrace(new StackTraceElement[0]);
        assertThat(MalformedForm.isMalformedForm(fast, true)).isTrue();
        assertThat(MalformedForm.isMalformedForm(fast, false)).isFalse();
        assertThat(MalformedForm.isMalformedForm(thrown(new ArrayIndexOutOfBoundsException(0),
                "fr.titrepro.session.SessionService", "create"), true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedForm(String name, Throwable e, boolean expected) {
        assertThat(MalformedForm.isMalformedForm(e)).as(name).isEqualTo(expected);
    }
}
