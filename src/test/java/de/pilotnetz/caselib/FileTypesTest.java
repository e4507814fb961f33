package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class FileTypesTest {
  @TempDir Path dir;

  public static byte[] pdf(String text) throws IOException {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(50, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] zip(String... entries) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i += 2) {
        z.putNextEntry(new ZipEntry(entries[i]));
        z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  public static byte[] docx(String text) throws IOException {
    return zip("[Content_Types].xml", "<Types/>", "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
  }

  Path file(byte[] content) throws IOException {
    Path f = Files.createTempFile(dir, "f", ".bin");
    Files.write(f, content);
    return f;
  }

  @Test
  void detectsByContentNotName() throws IOException {
    assertEquals(Optional.of(FileTypes.Type.PDF), FileTypes.detect(file(pdf("Glasfaser"))));
    assertEquals(Optional.of(FileTypes.Type.DOCX), FileTypes.detect(file(docx("x"))));
    assertEquals(Optional.of(FileTypes.Type.XLSX), FileTypes.detect(file(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<w/>"))));
    assertEquals(Optional.of(FileTypes.Type.PNG), FileTypes.detect(file(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})));
    assertEquals(Optional.of(FileTypes.Type.JPEG), FileTypes.detect(file(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})));
    assertEquals(Optional.empty(), FileTypes.detect(file("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
    assertEquals(Optional.empty(), FileTypes.detect(file("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))));
    assertEquals(Optional.empty(), FileTypes.detect(file(zip("evil.html", "<script>"))));
  }

  @Test
  void extractsTextOfPdfAndDocx() throws IOException {
    assertTrue(FileTypes.text(file(pdf("Leerrohrmitverlegung in Wunsiedel")), FileTypes.Type.PDF)
        .contains("Leerrohrmitverlegung in Wunsiedel"));
    assertEquals("Förderquote 80 %", FileTypes.text(file(docx("Förderquote 80 %")), FileTypes.Type.DOCX));
  }

  @Test
  void docxWithExternalEntityIsNotResolved() throws IOException {
    byte[] evil = zip("[Content_Types].xml", "<Types/>", "word/document.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document xmlns:w=\"w\"><w:p><w:t>&x;</w:t></w:p></w:document>");
    String text;
    try {
      text = FileTypes.text(file(evil), FileTypes.Type.DOCX);
    } catch (IOException refused) {
      return; // refusing is fine too
    }
    assertTrue(!text.contains("root:"), text);
  }

}
