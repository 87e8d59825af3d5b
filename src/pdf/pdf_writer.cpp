#include "pdf/pdf_writer.h"

#include <set>

#include "core/text.h"
#include "pdf/associated_files.h"
#include "pdf/document_metadata.h"
#include "pdf/font_embedder.h"
#include "pdf/hpdf_document.h"
#include "pdf/image_embedder.h"
#include "pdf/object_streams.h"
#include "pdf/output_intent.h"
#include "pdf/page_painter.h"
#include "pdf/signature_form.h"
#include "pdf/structure_tree.h"

namespace sygedok::pdf {

namespace {

// Gives the page its size, its content stream and the fonts it uses.
bool finish_page(HpdfDocument& document, HPDF_Page page, const FramePage& frame, PagePainter& painter,
                 FontEmbedder& fonts, const ImageEmbedder& images) {
  document.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(frame.size.width)));
  document.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(frame.size.height)));
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  const std::string content = painter.finish();
  document.write_stream(attr->contents, content);

  HPDF_Dict resources = document.require(
      static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT)));
  if (!resources) return false;
  // /ProcSet is obsolete since PDF 1.4; libharu adds it anyway.
  HPDF_Dict_RemoveElement(resources, "ProcSet");
  HPDF_Dict font_resources = nullptr;
  for (int style = 0; style < kFontStyleCount; ++style) {
    if (!painter.used_styles()[style]) continue;
    if (!font_resources) {
      font_resources = document.require(HPDF_Dict_New(document.mmgr()));
      if (!font_resources || !document.check(HPDF_Dict_Add(resources, "Font", font_resources))) return false;
      attr->fonts = font_resources;
    }
    const auto face = static_cast<FontStyle>(style);
    document.check(HPDF_Dict_Add(font_resources, FontEmbedder::resource_name(face), fonts.font(face)));
  }
  if (!painter.used_images().empty()) {
    HPDF_Dict xobjects = document.require(HPDF_Dict_New(document.mmgr()));
    if (!xobjects || !document.check(HPDF_Dict_Add(resources, "XObject", xobjects))) return false;
    for (const std::string& name : painter.used_images())
      document.check(HPDF_Dict_Add(xobjects, name.c_str(), images.object(name)));
  }
  return document.ok();
}

Diagnostics text_problems(const std::set<char32_t>& missing, bool invalid_text) {
  Diagnostics problems;
  for (char32_t code_point : missing)
    problems.push_back(error("", "unsupported_character",
                             "Tegnet " + code_point_label(code_point) +
                                 " findes ikke i dokumentets skrifttype og kan ikke skrives i PDF-filen."));
  if (invalid_text)
    problems.push_back(error("", "invalid_utf8", "En tekst i dokumentet er ikke gyldig UTF-8."));
  return problems;
}

}  // namespace

Result<std::string> write_pdf(const FrameDocument& document, const font::FontFamily& fonts,
                              const PdfOptions& options) {
  if (document.pages.empty())
    return Result<std::string>::failure(error("", "empty_document", "Dokumentet har ingen sider."));

  HpdfDocument pdf(options.compress);
  if (!pdf.ok()) return Result<std::string>::failure(pdf.failure());
  FontEmbedder embedder(pdf, fonts, options.font_programs);
  ImageEmbedder images(pdf);
  SignatureForm form(pdf);
  StructureTreeWriter structure(pdf, document.structure);
  std::set<char32_t> missing;
  bool invalid_text = false;
  Diagnostics field_problems;
  std::vector<HPDF_Dict> widgets;

  for (const FramePage& frame : document.pages) {
    HPDF_Page page = pdf.require(HPDF_AddPage(pdf.get()));
    if (!page) return Result<std::string>::failure(pdf.failure());
    PagePainter painter(embedder, frame.size.height, &images, &document.structure);
    for (const FrameItem& item : frame.items) painter.paint(item);
    missing.insert(painter.missing_characters().begin(), painter.missing_characters().end());
    invalid_text = invalid_text || painter.had_invalid_text();
    if (!finish_page(pdf, page, frame, painter, embedder, images) ||
        !structure.add_page(page, painter.marked_elements()) ||
        !form.add_fields(page, painter.signature_fields(), field_problems, widgets))
      return Result<std::string>::failure(pdf.failure());
    for (std::size_t i = 0; i < widgets.size(); ++i)
      if (widgets[i] && !structure.add_annotation(widgets[i], page, painter.signature_fields()[i].element))
        return Result<std::string>::failure(pdf.failure());
  }
  // Layout and the pipeline refuse such text earlier; this is the last guard
  // against a character silently vanishing from the document.
  Diagnostics problems = text_problems(missing, invalid_text);
  for (auto& problem : field_problems) problems.push_back(std::move(problem));
  for (const auto& problem : images.problems()) problems.push_back(problem);
  if (!problems.empty()) return Result<std::string>::failure(std::move(problems));

  if (!structure.valid())
    return Result<std::string>::failure(
        error("", "invalid_structure", "Et element på en side hører til et strukturelement, der ikke findes."));
  // The parts PDF/A-3 and PDF/UA-1 ask for beyond the pages (docs/pdfa.md).
  if (!embedder.finish() || !write_document_info(pdf, document.info, structure.tagged(), problems) ||
      !add_output_intent(pdf) ||
      !form.finish() || !embed_associated_files(pdf, document.attachments, problems) ||
      !add_document_id_placeholder(pdf))
    return Result<std::string>::failure(pdf.failure());
  if (!problems.empty()) return Result<std::string>::failure(std::move(problems));

  // The structure tree is numbered after libharu's last object.
  const auto own = structure.objects(static_cast<std::uint32_t>(pdf.xref()->entries->count));
  auto saved = pdf.save();
  if (!saved) return saved;
  auto finished = finish_objects(saved.value(), own, pdf.compressor());
  if (!finished)
    return Result<std::string>::failure(
        error("", "pdf_write_failed", "PDF-filens objekter kunne ikke samles til en fil."));
  auto bytes = Result<std::string>::success(std::move(*finished));
  if (!stamp_document_id(bytes.value()))
    return Result<std::string>::failure(
        error("", "pdf_write_failed", "PDF-filens /ID kunne ikke skrives (pladsholderen blev ikke fundet)."));
  return bytes;
}

}  // namespace sygedok::pdf
