#include "cli/cli.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "cli/atomic_file.h"
#include "http/server.h"
#include "model/json_schema.h"
#include "plan/plan_calendar.h"
#include "plan/plan_json.h"
#include "render/engine.h"

namespace sygedok::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsageText = R"(sygedok: dokumenter til sygefraværsopfølgning

Brug:
  sygedok render KIND IN.json -o OUT.pdf [--memo OUT.xml [--kombi KODE] [--memo-version 1.1|1.2]]
                 [--templates DIR]
  sygedok render --all SAMPLES_DIR -o OUT_DIR [--templates DIR]
  sygedok validate KIND IN.json [--templates DIR]
  sygedok plan IN.json [-o OUT.json] [--ics OUT.ics] [--templates DIR]
  sygedok dialogue questionnaires|scores|calendar [IN.json] [-o OUT] [--templates DIR]
  sygedok kinds
  sygedok schema KIND
  sygedok serve [--port N] [--host ADR] [--api-keys FIL] [--templates DIR] [--max-body BYTES]
                [--tls-cert FIL --tls-key FIL [--client-ca FIL]] [--behind-tls-proxy]
  sygedok help

KIND er en dokumenttype (se `sygedok kinds`). IN.json kan være - for standard input.
Filer skrives atomisk: en fejlet kørsel efterlader ingen fil.

--memo skriver også brevets Digital Post-meddelelse (MeMo 1.2, eller 1.1 med
--memo-version 1.1) med PDF'en som hoveddokument; begge filer skrives, eller ingen.
--kombi pakker den ind til KombiPostAfsend med KODE "Digital Post", "Fysisk Post",
"Automatisk Valg" eller "NemSMS". Se docs/memo.md.

plan skriver opfølgningsplanen for en sygemelding som JSON (til standard output
uden -o): hvilke opringninger, samtaler og frister der er, hvornår, og hvorfor.
--ics skriver den også som kalenderfil (iCalendar). Se docs/planning.md.

dialogue er dialogværktøjet til ledere og MED: questionnaires skriver skala,
byggesten og spørgeskemaer som JSON, scores en gruppes resultat (input som
dialogresultat) som JSON, calendar en handleplans opfølgningsdatoer (input som
handleplan) som kalenderfil. Se docs/dialogue.md.

serve starter HTTP-tjenesten og kører til SIGTERM/SIGINT. Porten er --port, ellers
miljøvariablen PORT, ellers 8080 (0: en ledig port). Uden --api-keys lytter den kun
på 127.0.0.1; med en nøglefil må --host være fx 0.0.0.0, men kun med TLS: --tls-cert
(certifikatkæde, PEM) og --tls-key (privat nøgle, PEM, kun læsbar for ejeren), eller
--behind-tls-proxy, når en proxy foran tjenesten afslutter TLS. --client-ca lader
systemer logge ind med et klientcertifikat udstedt under den CA (se nøglefilen i
README). SIGHUP indlæser certifikat, nøgle og nøglefilen igen uden at afbryde
forbindelser.

Afslutningskoder: 0 ok, 1 fejl i input, 2 forkert brug, 3 fil kunne ikke læses/skrives,
4 skrifttyper eller skabeloner kunne ikke indlæses.
)";

// Positional arguments and the options of one command line.
struct Arguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "-o", "--templates", "--all"
  std::optional<std::string> problem;
};

// Options that take no value (switches).
const std::set<std::string> kSwitches = {"--behind-tls-proxy"};

// The options each command takes; every option but a switch takes a value.
const std::map<std::string, std::set<std::string>>& command_options() {
  static const std::map<std::string, std::set<std::string>> options = {
      {"render", {"-o", "--all", "--templates", "--memo", "--kombi", "--memo-version"}},
      {"validate", {"--templates"}},
      {"plan", {"-o", "--ics", "--templates"}},
      {"dialogue", {"-o", "--templates"}},
      {"kinds", {"--templates"}},
      {"schema", {}},
      {"serve",
       {"--port", "--host", "--api-keys", "--templates", "--max-body", "--tls-cert", "--tls-key", "--client-ca",
        "--behind-tls-proxy"}},
  };
  return options;
}

Arguments parse_arguments(const std::set<std::string>& known, const std::vector<std::string>& args) {
  Arguments parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() > 1 && arg[0] == '-') {
      if (!known.count(arg)) {
        parsed.problem = "ukendt tilvalg " + arg;
      } else if (kSwitches.count(arg)) {
        parsed.options[arg] = "";
      } else if (i + 1 >= args.size()) {
        parsed.problem = arg + " mangler en værdi";
      } else {
        parsed.options[arg] = args[++i];
      }
    } else {
      parsed.positional.push_back(arg);
    }
  }
  return parsed;
}

void print_diagnostics(const Diagnostics& diagnostics, const std::string& source, std::ostream& err) {
  for (const auto& d : diagnostics) {
    err << source << ": " << (d.severity == Severity::Error ? "fejl" : "advarsel");
    if (!d.path.empty()) err << " i " << d.path;
    err << " [" << d.code << "]: " << d.message << "\n";
  }
}

class Commands {
 public:
  Commands(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  int render(const Arguments& a) {
    if (!a.options.count("-o")) return usage("render kræver -o");
    if (a.options.count("--all")) {
      if (!a.positional.empty()) return usage("render --all tager ingen KIND");
      if (a.options.count("--memo") || a.options.count("--kombi") || a.options.count("--memo-version"))
        return usage("--memo, --kombi og --memo-version kan ikke bruges med --all");
      return render_all(a.options.at("--all"), a.options.at("-o"), a);
    }
    if (a.positional.size() != 2) return usage("render kræver KIND og IN.json");
    if (a.options.count("--memo")) return render_letter(a);
    if (a.options.count("--kombi") || a.options.count("--memo-version"))
      return usage("--kombi og --memo-version kræver --memo");
    if (!start(a)) return kStartupError;
    return render_one(a.positional[0], a.positional[1], a.options.at("-o"));
  }

  int validate(const Arguments& a) {
    if (a.positional.size() != 2) return usage("validate kræver KIND og IN.json");
    if (!start(a)) return kStartupError;
    std::string json;
    if (!read_file(a.positional[1], json)) return io_error("kunne ikke læse " + a.positional[1]);
    Diagnostics problems = engine_->validate(a.positional[0], json);
    print_diagnostics(problems, a.positional[1], err_);
    if (has_errors(problems)) return kInvalidInput;
    out_ << a.positional[1] << ": gyldig" << (problems.empty() ? "" : " (med advarsler)") << "\n";
    return kOk;
  }

  int plan(const Arguments& a) {
    if (a.positional.size() != 1) return usage("plan kræver IN.json");
    if (!start(a)) return kStartupError;
    std::string json;
    if (!read_file(a.positional[0], json)) return io_error("kunne ikke læse " + a.positional[0]);
    auto plan = engine_->plan(json);
    print_diagnostics(plan.diagnostics(), a.positional[0], err_);
    if (!plan) return kInvalidInput;
    const std::string text = plan::plan_to_json(plan.value()) + "\n";
    const std::string calendar = a.options.count("--ics") ? plan::plan_to_icalendar(plan.value()) : "";
    std::vector<FileToWrite> files;
    if (a.options.count("-o")) files.push_back({a.options.at("-o"), text});
    if (a.options.count("--ics")) files.push_back({a.options.at("--ics"), calendar});
    if (files.empty()) {
      out_ << text;
      return kOk;
    }
    Diagnostics written = write_files_atomically(files);
    if (!written.empty()) {
      print_diagnostics(written, files.front().path, err_);
      return kIoError;
    }
    for (const auto& file : files) out_ << file.path << "\n";
    return kOk;
  }

  int dialogue(const Arguments& a) {
    const std::string what = a.positional.empty() ? "" : a.positional[0];
    const bool takes_input = what == "scores" || what == "calendar";
    if (what != "questionnaires" && !takes_input)
      return usage("dialogue kræver questionnaires, scores IN.json eller calendar IN.json");
    if (a.positional.size() != (takes_input ? 2u : 1u)) return usage("dialogue " + what + (takes_input ? " kræver IN.json" : " tager ingen fil"));
    if (!start(a)) return kStartupError;
    std::string text;
    if (takes_input) {
      std::string json;
      if (!read_file(a.positional[1], json)) return io_error("kunne ikke læse " + a.positional[1]);
      auto made = what == "scores" ? engine_->dialogue_scores(json) : engine_->handleplan_calendar(json);
      print_diagnostics(made.diagnostics(), a.positional[1], err_);
      if (!made) return kInvalidInput;
      text = std::move(made).take();
    } else {
      text = engine_->dialogue_questionnaires();
    }
    if (what != "calendar") text += "\n";
    if (!a.options.count("-o")) {
      out_ << text;
      return kOk;
    }
    Diagnostics written = write_files_atomically({{a.options.at("-o"), text}});
    if (!written.empty()) {
      print_diagnostics(written, a.options.at("-o"), err_);
      return kIoError;
    }
    out_ << a.options.at("-o") << "\n";
    return kOk;
  }

  int kinds(const Arguments& a) {
    if (!start(a)) return kStartupError;
    for (const auto& kind : engine_->kinds()) out_ << kind << "\n";
    return kOk;
  }

  int serve(const Arguments& a) {
    if (!a.positional.empty()) return usage("serve tager ingen argumenter");
    http::ServerOptions options;
    const char* env_port = std::getenv("PORT");
    std::string port = a.options.count("--port") ? a.options.at("--port") : (env_port ? env_port : "8080");
    auto parsed_port = parse_number(port, 65535);
    if (!parsed_port) return usage("--port skal være et tal fra 0 til 65535, ikke " + port);
    options.port = static_cast<std::uint16_t>(*parsed_port);
    if (a.options.count("--max-body")) {
      auto limit = parse_number(a.options.at("--max-body"), 1ull << 30);
      if (!limit || *limit == 0) return usage("--max-body skal være et antal byte fra 1 til 1073741824");
      options.max_body_bytes = static_cast<std::size_t>(*limit);
    }
    if (a.options.count("--host")) options.host = a.options.at("--host");
    if (a.options.count("--api-keys")) options.api_keys_file = a.options.at("--api-keys");
    if (a.options.count("--templates")) options.templates_dir = a.options.at("--templates");
    if (a.options.count("--tls-cert")) options.tls_certificate_file = a.options.at("--tls-cert");
    if (a.options.count("--tls-key")) options.tls_key_file = a.options.at("--tls-key");
    if (a.options.count("--client-ca")) options.client_ca_file = a.options.at("--client-ca");
    options.behind_tls_proxy = a.options.count("--behind-tls-proxy") > 0;
    return http::run_server(options, out_, err_);
  }

  int schema(const Arguments& a) {
    if (a.positional.size() != 1) return usage("schema kræver KIND");
    auto schema = model::json_schema(a.positional[0]);
    if (!schema) {
      err_ << "sygedok: dokumenttypen »" << a.positional[0] << "« kendes ikke (se sygedok kinds)\n";
      return kInvalidInput;
    }
    out_ << *schema << "\n";
    return kOk;
  }

  int usage(const std::string& problem) {
    err_ << "sygedok: " << problem << "\n\n" << kUsageText;
    return kUsage;
  }

 private:
  bool start(const Arguments& a) {
    render::EngineOptions options;
    if (a.options.count("--templates")) options.templates_dir = a.options.at("--templates");
    auto engine = render::Engine::create(options);
    if (!engine) {
      print_diagnostics(engine.diagnostics(), "sygedok", err_);
      return false;
    }
    engine_ = std::move(engine).take();
    return true;
  }

  int render_one(const std::string& kind, const std::string& in, const std::string& out_path) {
    std::string json;
    if (!read_file(in, json)) return io_error("kunne ikke læse " + in);
    auto rendered = engine_->render(kind, json);
    print_diagnostics(rendered.diagnostics(), in, err_);
    if (!rendered) return kInvalidInput;
    print_diagnostics(rendered.value().warnings, in, err_);  // warnings never stop a render
    Diagnostics written = write_file_atomically(out_path, rendered.value().pdf);
    if (!written.empty()) {
      print_diagnostics(written, out_path, err_);
      return kIoError;
    }
    out_ << out_path << "\n";
    return kOk;
  }

  // render KIND IN.json -o OUT.pdf --memo OUT.xml: the PDF and its envelope, both or neither.
  int render_letter(const Arguments& a) {
    digitalpost::MemoOptions memo;
    if (a.options.count("--kombi")) {
      auto channel = digitalpost::parse_kombi_channel(a.options.at("--kombi"));
      if (!channel)
        return usage("--kombi skal være \"Digital Post\", \"Fysisk Post\", \"Automatisk Valg\" eller \"NemSMS\"");
      memo.kombi = channel;
    }
    if (a.options.count("--memo-version")) {
      auto version = digitalpost::parse_memo_version(a.options.at("--memo-version"));
      if (!version) return usage("--memo-version skal være 1.1 eller 1.2");
      memo.version = *version;
    }
    const std::string& pdf_path = a.options.at("-o");
    const std::string& memo_path = a.options.at("--memo");
    std::error_code ec;
    if (pdf_path == memo_path || fs::equivalent(pdf_path, memo_path, ec))
      return usage("-o og --memo skal være to forskellige filer");
    if (!start(a)) return kStartupError;
    std::string json;
    if (!read_file(a.positional[1], json)) return io_error("kunne ikke læse " + a.positional[1]);
    auto rendered = engine_->render_with_envelope(a.positional[0], json, memo);
    print_diagnostics(rendered.diagnostics(), a.positional[1], err_);
    if (!rendered) return kInvalidInput;
    print_diagnostics(rendered.value().warnings, a.positional[1], err_);
    Diagnostics written = write_files_atomically({{pdf_path, rendered.value().pdf}, {memo_path, rendered.value().memo}});
    if (!written.empty()) {
      print_diagnostics(written, pdf_path, err_);
      return kIoError;
    }
    out_ << pdf_path << "\n" << memo_path << "\n";
    return kOk;
  }

  // Renders SAMPLES_DIR/<kind>/*.json to OUT_DIR/<kind>/<name>.pdf, all of
  // them even when some fail; the exit code is the worst one seen.
  int render_all(const std::string& samples_dir, const std::string& out_dir, const Arguments& a) {
    if (!start(a)) return kStartupError;
    std::error_code ec;
    if (!fs::is_directory(samples_dir, ec)) return io_error(samples_dir + " er ikke en mappe");
    int worst = kOk;
    int count = 0;
    for (const auto& kind : engine_->kinds()) {
      fs::path kind_dir = fs::path(samples_dir) / kind;
      if (!fs::is_directory(kind_dir, ec)) continue;
      std::vector<fs::path> inputs;
      for (const auto& entry : fs::directory_iterator(kind_dir, ec))
        if (entry.path().extension() == ".json") inputs.push_back(entry.path());
      std::sort(inputs.begin(), inputs.end());
      fs::path target_dir = fs::path(out_dir) / kind;
      fs::create_directories(target_dir, ec);
      if (ec) return io_error("kunne ikke oprette " + target_dir.string());
      for (const auto& input : inputs) {
        fs::path target = target_dir / input.filename().replace_extension(".pdf");
        worst = std::max(worst, render_one(kind, input.string(), target.string()));
        ++count;
      }
    }
    if (count == 0) return io_error("ingen eksempler fundet i " + samples_dir);
    return worst;
  }

  static std::optional<unsigned long long> parse_number(const std::string& text, unsigned long long max) {
    auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
    if (text.empty() || text.size() > 10 || !std::all_of(text.begin(), text.end(), is_digit)) return std::nullopt;
    unsigned long long value = std::stoull(text);
    if (value > max) return std::nullopt;
    return value;
  }

  int io_error(const std::string& message) {
    err_ << "sygedok: " << message << "\n";
    return kIoError;
  }

  std::ostream& out_;
  std::ostream& err_;
  std::shared_ptr<const render::Engine> engine_;
};

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Commands commands(out, err);
  if (args.empty()) return commands.usage("mangler en kommando");
  const std::string& command = args[0];
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsageText;
    return kOk;
  }
  auto options = command_options().find(command);
  if (options == command_options().end()) return commands.usage("ukendt kommando " + command);
  Arguments parsed = parse_arguments(options->second, {args.begin() + 1, args.end()});
  if (parsed.problem) return commands.usage(*parsed.problem);
  if (command == "render") return commands.render(parsed);
  if (command == "validate") return commands.validate(parsed);
  if (command == "plan") return commands.plan(parsed);
  if (command == "dialogue") return commands.dialogue(parsed);
  if (command == "kinds") return commands.kinds(parsed);
  if (command == "serve") return commands.serve(parsed);
  if (command == "schema") return commands.schema(parsed);
  return commands.usage("ukendt kommando " + command);
}

}  // namespace sygedok::cli
