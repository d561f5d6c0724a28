#include "certificates_support.h"

#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace fd::e2e {
namespace fs = std::filesystem;

const std::vector<std::string> kPinnedDate = {"SOURCE_DATE_EPOCH=1798761600"};

std::string copySample(const std::string& name) {
    const std::string dir = makeTempDir("cert-ws") + "/" + name;
    fs::copy(sampleDir(name), dir, fs::copy_options::recursive);
    return dir;
}

CommandResult issue(const std::string& workspace, const std::string& out, const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"certificates", workspace, "--out", out};
    args.insert(args.end(), extra.begin(), extra.end());
    return runFormadoc(args, kPinnedDate);
}

namespace {

CommandResult python(const std::string& script, const std::vector<std::string>& args) {
    std::string command = "/usr/bin/python3 -c " + shellQuote(script);
    for (const std::string& a : args) command += " " + shellQuote(a);
    CommandResult r = runShell(command);
    if (r.exitCode != 0) throw std::runtime_error("python failed: " + r.err);
    return r;
}

std::vector<std::string> splitFields(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
    return fields;
}

}  // namespace

std::vector<RegisterRow> registerRows(const std::string& workspace) {
    const std::string script = R"(
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = """SELECT c.number, c.prefix, c.year, c.sequence, v.version, c.trainee_id, c.model, v.status,
       COALESCE(v.file_sha256, ''), c.revoked_on IS NOT NULL, v.language
       FROM certificate c JOIN version v ON v.number = c.number ORDER BY c.prefix, c.year, c.sequence, v.version"""
for r in db.execute(q):
    print("\t".join(str(x) for x in r))
)";
    std::vector<RegisterRow> rows;
    std::stringstream out(python(script, {workspace + "/register.sqlite"}).out);
    for (std::string line; std::getline(out, line);) {
        const std::vector<std::string> f = splitFields(line);
        if (f.size() != 11) throw std::runtime_error("unexpected register row: " + line);
        RegisterRow row;
        row.number = f[0];
        row.prefix = f[1];
        row.year = std::stoi(f[2]);
        row.sequence = std::stoi(f[3]);
        row.version = std::stoi(f[4]);
        row.traineeId = f[5];
        row.model = f[6];
        row.status = f[7];
        row.fileSha256 = f[8];
        row.revoked = f[9] == "1";
        row.language = f[10];
        rows.push_back(row);
    }
    return rows;
}

std::string sha256Of(const std::string& path) {
    const std::string script = "import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())";
    std::string digest = python(script, {path}).out;
    while (!digest.empty() && (digest.back() == '\n' || digest.back() == '\r')) digest.pop_back();
    return digest;
}

std::vector<std::string> certificateFiles(const std::string& out) {
    std::vector<std::string> pdfs;
    for (const std::string& file : listFiles(out + "/certificates"))
        if (fs::path(file).extension() == ".pdf" && file.find('/') == std::string::npos) pdfs.push_back(file);
    return pdfs;
}

std::vector<std::string> temporaryFiles(const std::string& dir) {
    std::vector<std::string> found;
    for (const std::string& file : listFiles(dir))
        if (file.find(".tmp-") != std::string::npos) found.push_back(file);
    return found;
}

int pageCount(const std::string& pdf) {
    CommandResult r = runShell("qpdf --show-npages " + shellQuote(pdf));
    if (r.exitCode != 0) throw std::runtime_error("qpdf failed on " + pdf + ": " + r.err);
    return std::stoi(r.out);
}

std::map<std::string, double> traineeHours(const std::string& workspace) {
    const std::string script = R"(
import csv, sys
text = open(sys.argv[1], encoding='utf-8-sig').read()
dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=',;')
for row in csv.DictReader(text.splitlines(True), dialect=dialect):
    print(row['id'] + '\t' + (row['hours_attended'] or '0'))
)";
    std::map<std::string, double> hours;
    std::stringstream out(python(script, {workspace + "/trainees.csv"}).out);
    for (std::string line; std::getline(out, line);) {
        const std::vector<std::string> f = splitFields(line);
        if (f.size() == 2) hours[f[0]] = std::stod(f[1]);
    }
    return hours;
}

}  // namespace fd::e2e
