package dev.newsdesk.adapter.feed;

import java.io.IOException;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Strict, hardened XML to JDOM. No DOCTYPE is accepted at all (so no entity of any kind can be declared: no external
 * entity file reads, no billion laughs), external DTDs and entities are never loaded, and the entity resolver answers
 * every lookup with nothing. ROME 2.1.0's own {@code WireFeedInput} does much the same (it sets
 * {@code disallow-doctype-decl} unless {@code allowDoctypes}), but builds a new parser per call; this class keeps one
 * parser per thread and lets us see the JDOM tree for fields ROME drops.
 */
final class SafeXml {

    private static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    private static SAXBuilder newBuilder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        b.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        b.setExpandEntities(false);
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        b.setReuseParser(true);
        // Xerces has checked names and characters already; JDOM's second check of every text character cost more
        // than building the tree (names JDOM would refuse, e.g. a namespace URI starting with a space, only reach
        // code that reads local names)
        b.setJDOMFactory(new org.jdom2.UncheckedJDOMFactory());
        return b;
    }

    /**
     * Parses bytes as XML.
     *
     * @throws JDOMException when it is not well-formed (a {@link org.jdom2.input.JDOMParseException} carries the
     *                       line and column)
     */
    static Document parse(byte[] xml) throws JDOMException {
        try {
            // bytes, so that the parser reads the encoding from the BOM or the XML declaration
            return BUILDER.get().build(new java.io.ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new JDOMException("read failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new JDOMException(e.getMessage(), e);
        }
    }

    /** Parses text as XML (see {@link #parse(byte[])}). */
    static Document parse(String xml) throws JDOMException {
        try {
            return BUILDER.get().build(new StringReader(xml));
        } catch (IOException e) {
            throw new JDOMException("read failed: " + e.getMessage(), e); // cannot happen with a StringReader
        } catch (IllegalArgumentException e) {
            // JDOM refuses some names SAX accepted (e.g. a namespace URI starting with a space)
            throw new JDOMException(e.getMessage(), e);
        }
    }
}
