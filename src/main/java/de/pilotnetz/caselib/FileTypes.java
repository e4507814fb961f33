package de.pilotnetz.caselib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Attachment types by content, never by name: PDF ({@code %PDF-}), PNG, JPEG, and DOCX / XLSX
 * (a ZIP with {@code [Content_Types].xml} and a {@code word/} or {@code xl/} part). Everything
 * else (HTML, SVG, scripts, other ZIPs) is refused. Extracts the text of PDF and DOCX for search;
 * does not read XLSX cells, and images have no text.
 */
final class FileTypes {
  static final int MAX_TEXT = 200_000;

  enum Type {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String mediaType;

    Type(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private FileTypes() {}

  static Optional<Type> detect(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, n, PDF_MAGIC)) {
      return Optional.of(Type.PDF);
    }
    if (startsWith(head, n, PNG_MAGIC)) {
      return Optional.of(Type.PNG);
    }
    if (startsWith(head, n, JPEG_MAGIC)) {
      return Optional.of(Type.JPEG);
    }
    if (startsWith(head, n, ZIP_MAGIC)) {
      return office(file);
    }
    return Optional.empty();
  }

  private static Optional<Type> office(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        return Optional.empty();
      }
      boolean word = zip.stream().anyMatch(e -> e.getName().startsWith("word/"));
      boolean excel = zip.stream().anyMatch(e -> e.getName().startsWith("xl/"));
      return word ? Optional.of(Type.DOCX) : excel ? Optional.of(Type.XLSX) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not a readable ZIP after all
    }
  }

  private static boolean startsWith(byte[] head, int n, byte[] magic) {
    return n >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  /** The text of a PDF or DOCX, cut at {@link #MAX_TEXT} characters; null for other types. */
  static String text(Path file, Type type) throws IOException {
    String text = switch (type) {
      case PDF -> pdfText(file);
      case DOCX -> docxText(file);
      default -> null;
    };
    if (text == null) {
      return null;
    }
    text = text.strip();
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Reads word/document.xml with the JDK's StAX parser, DTDs and external entities off. */
  private static String docxText(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry doc = zip.getEntry("word/document.xml");
      if (doc == null) {
        return "";
      }
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      StringBuilder out = new StringBuilder();
      try (InputStream in = zip.getInputStream(doc)) {
        XMLStreamReader r = f.createXMLStreamReader(in);
        boolean inText = false;
        while (r.hasNext() && out.length() <= MAX_TEXT) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            inText = "t".equals(r.getLocalName());
            if ("tab".equals(r.getLocalName())) {
              out.append('\t');
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            if ("p".equals(r.getLocalName())) {
              out.append('\n');
            }
            inText = false;
          } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
            out.append(r.getText());
          }
        }
        r.close();
      } catch (XMLStreamException e) {
        throw new IOException("word/document.xml is not readable", e);
      }
      return out.toString();
    }
  }
}
