package id.portaldesa.participation.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2's two formats of one answer: XML (the specification's elements, UTF-8 with its
 * declaration) and JSON by the Spark convention (a list answer is an array of objects; a nested list
 * is an array under its plural name). An answer is a list of records ({@code Map}s in the order of
 * the specification's elements) or one record; values are strings, numbers, booleans, null, or
 * lists of records/strings.
 */
final class GeoReportFormat {

    static final String XML = "text/xml; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    /** The singular element of a plural one: services → service, attributes → attribute, … */
    private static final Map<String, String> ITEM = Map.of(
            "services", "service",
            "service_requests", "request",
            "attributes", "attribute",
            "values", "value",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format");

    private GeoReportFormat() {}

    static Response answer(int status, String format, String root, Object body) {
        boolean xml = "xml".equals(format);
        return Response.status(status)
                .type(xml ? XML : JSON)
                .header("Cache-Control", "no-store")
                .entity(xml ? xml(root, body) : json(body))
                .build();
    }

    static String json(Object body) {
        if (body instanceof List<?> list) {
            return array(list).build().toString();
        }
        return object((Map<?, ?>) body).build().toString();
    }

    private static JsonArrayBuilder array(List<?> list) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Object o : list) {
            if (o == null) {
                a.addNull();
            } else if (o instanceof Map<?, ?> m) {
                a.add(object(m));
            } else if (o instanceof List<?> l) {
                a.add(array(l));
            } else if (o instanceof Boolean b) {
                a.add(b);
            } else if (o instanceof Long n) {
                a.add(n);
            } else if (o instanceof Integer n) {
                a.add(n);
            } else if (o instanceof BigDecimal n) {
                a.add(n);
            } else {
                a.add(o.toString());
            }
        }
        return a;
    }

    private static JsonObjectBuilder object(Map<?, ?> map) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        map.forEach((k, v) -> {
            String key = k.toString();
            if (v == null) {
                b.addNull(key);
            } else if (v instanceof Map<?, ?> m) {
                b.add(key, object(m));
            } else if (v instanceof List<?> l) {
                b.add(key, array(l));
            } else if (v instanceof Boolean x) {
                b.add(key, x);
            } else if (v instanceof Long n) {
                b.add(key, n);
            } else if (v instanceof Integer n) {
                b.add(key, n);
            } else if (v instanceof BigDecimal n) {
                b.add(key, n);
            } else {
                b.add(key, v.toString());
            }
        });
        return b;
    }

    static String xml(String root, Object body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            element(w, root, body);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                element(w, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> l) {
            String item = ITEM.getOrDefault(name, "item");
            for (Object o : l) {
                element(w, item, o);
            }
        } else {
            w.writeCharacters(value.toString());
        }
        w.writeEndElement();
    }
}
