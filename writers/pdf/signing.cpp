#include "writers/pdf/signing.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <podofo/podofo.h>

#include <cstdio>
#include <utility>
#include <vector>

#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

// Owners for OpenSSL objects, each freed with its own function.
struct Freer {
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(ASN1_TIME* p) const { ASN1_TIME_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Freer>;

// The reason OpenSSL gives for its last failure, emptying its error queue.
std::string opensslReason() {
    std::string reason;
    for (unsigned long code; (code = ERR_get_error()) != 0;) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        if (!reason.empty()) reason += "; ";
        reason += text;
    }
    return reason.empty() ? "unknown OpenSSL error" : reason;
}

[[noreturn]] void fail(const std::string& what) { throw SigningError(what + ": " + opensslReason()); }

std::string hex(const unsigned char* bytes, unsigned length) {
    static const char* digits = "0123456789abcdef";
    std::string text;
    for (unsigned i = 0; i < length; ++i) {
        text += digits[bytes[i] >> 4];
        text += digits[bytes[i] & 0xF];
    }
    return text;
}

std::string subjectName(X509* certificate) {
    X509_NAME* subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index >= 0) {
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
        if (length >= 0) {
            std::string name(reinterpret_cast<const char*>(utf8), static_cast<size_t>(length));
            OPENSSL_free(utf8);
            return name;
        }
    }
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), subject, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return std::string(data, static_cast<size_t>(length));
}

}  // namespace

struct SigningIdentity::Impl {
    Owned<EVP_PKEY> key;
    Owned<X509> certificate;
    Owned<STACK_OF(X509)> chain;   // may be null
    std::string signerName, certificateSha256;
};

SigningIdentity::SigningIdentity(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity&&) noexcept = default;
SigningIdentity& SigningIdentity::operator=(SigningIdentity&&) noexcept = default;

const std::string& SigningIdentity::signerName() const { return impl_->signerName; }
const std::string& SigningIdentity::certificateSha256() const { return impl_->certificateSha256; }

SigningIdentity SigningIdentity::load(const std::string& p12Path, const std::string& password) {
    Owned<BIO> file(BIO_new_file(p12Path.c_str(), "rb"));
    if (!file) fail("cannot read " + p12Path);
    Owned<PKCS12> p12(d2i_PKCS12_bio(file.get(), nullptr));
    if (!p12) fail(p12Path + " is not a PKCS#12 file");

    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509)* chain = nullptr;
    if (!PKCS12_parse(p12.get(), password.c_str(), &key, &certificate, &chain))
        fail("cannot open " + p12Path + " (wrong password?)");
    auto impl = std::make_unique<Impl>();
    impl->key.reset(key);
    impl->certificate.reset(certificate);
    impl->chain.reset(chain);
    if (!impl->key || !impl->certificate)
        throw SigningError(p12Path + " holds no private key with its certificate");
    if (X509_check_private_key(impl->certificate.get(), impl->key.get()) != 1)
        fail("the private key of " + p12Path + " does not match its certificate");

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    if (!X509_digest(impl->certificate.get(), EVP_sha256(), digest, &length)) fail("cannot digest the certificate");
    impl->certificateSha256 = hex(digest, length);
    impl->signerName = subjectName(impl->certificate.get());
    return SigningIdentity(std::move(impl));
}

namespace {

// DER PKCS#7 SignedData over `content`, detached, SHA-256, with the given signingTime attribute
// (OpenSSL adds the clock's time only when the attribute is absent).
std::string detachedPkcs7(const std::string& content, const SigningIdentity::Impl& identity, int64_t signingTime) {
    const int flags = PKCS7_DETACHED | PKCS7_BINARY | PKCS7_NOSMIMECAP;
    Owned<PKCS7> p7(PKCS7_sign(nullptr, nullptr, nullptr, nullptr, flags | PKCS7_PARTIAL));
    if (!p7) fail("cannot create the PKCS#7 structure");
    PKCS7_SIGNER_INFO* signer =
        PKCS7_sign_add_signer(p7.get(), identity.certificate.get(), identity.key.get(), EVP_sha256(), flags);
    if (!signer) fail("cannot add the signer");
    if (identity.chain)
        for (int i = 0; i < sk_X509_num(identity.chain.get()); ++i)
            if (!PKCS7_add_certificate(p7.get(), sk_X509_value(identity.chain.get(), i)))
                fail("cannot add the certificate chain");
    Owned<ASN1_TIME> time(ASN1_TIME_set(nullptr, static_cast<time_t>(signingTime)));
    if (!time || !PKCS7_add0_attrib_signing_time(signer, time.get())) fail("cannot set the signing time");
    time.release();   // now the signer's

    Owned<BIO> data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
    if (!data || !PKCS7_final(p7.get(), data.get(), flags)) fail("cannot sign");

    Owned<BIO> der(BIO_new(BIO_s_mem()));
    if (!der || !i2d_PKCS7_bio(der.get(), p7.get())) fail("cannot encode the signature");
    char* bytes = nullptr;
    const long length = BIO_get_mem_data(der.get(), &bytes);
    return std::string(bytes, static_cast<size_t>(length));
}

// Adds an invisible signature field to the first page, its value the placeholder to replace.
void addSignatureField(PoDoFo::PdfMemDocument& document, const SignatureDetails& details,
                       const PoDoFo::PdfData& placeholder) {
    using namespace PoDoFo;
    if (document.GetPageCount() < 1) throw SigningError("cannot sign a PDF without pages");
    // Without _None PoDoFo adds a default appearance that embeds an "Arial" font.
    PdfAcroForm* form = document.GetAcroForm(ePdfCreateObject, ePdfAcroFormDefaultAppearance_None);
    form->GetObject()->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));   // signed, append only
    PdfAnnotation* widget = document.GetPage(0)->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(0, 0, 0, 0));
    widget->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);
    // The annotation's modification date: PoDoFo writes the clock's, in the local time zone.
    const PdfString date(pdfDate(details.signingTimeUnix));
    widget->GetObject()->GetDictionary().AddKey("M", date);
    PdfSignatureField field(widget, form, &document);
    field.SetFieldName(PdfString("Signature1"));
    field.SetSignatureReason(u8s(details.reason));
    if (!details.location.empty()) field.SetSignatureLocation(u8s(details.location));
    field.SetSignature(placeholder);
    // Set directly: PdfDate writes the host's local time zone, the bytes would depend on it.
    field.GetSignatureObject()->GetDictionary().AddKey("M", date);
}

}  // namespace

std::string signPdf(const std::string& pdf, const SigningIdentity& identity, const SignatureDetails& details) {
    using namespace PoDoFo;
    PdfError::EnableLogging(false);
    try {
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()));
        // Loading stamps the clock's time into /ModDate: the file is modified when it is signed.
        document.GetInfo()->GetObject()->GetDictionary().AddKey(
            "ModDate", PdfString(pdfDate(details.signingTimeUnix)));

        PdfRefCountedBuffer buffer;
        PdfOutputDevice memory(&buffer);
        PdfSignOutputDevice signer(&memory);
        signer.SetSignatureSize(kSignatureReserve);
        addSignatureField(document, details, *signer.GetSignatureBeacon());
        // A whole new file rather than an incremental update: WriteUpdate stamps the clock's time
        // into /ModDate, and the same certificate signed twice must give the same bytes.
        document.Write(&signer);
        if (!signer.HasSignaturePosition()) throw SigningError("the signature placeholder was not written");

        // The signed bytes: everything but the placeholder, as /ByteRange now says.
        signer.AdjustByteRange();
        signer.Seek(0);
        std::string signedBytes;
        std::vector<char> chunk(65536);
        for (size_t n; (n = signer.ReadForSignature(chunk.data(), chunk.size())) > 0;)
            signedBytes.append(chunk.data(), n);

        const std::string der = detachedPkcs7(signedBytes, identity.impl(), details.signingTimeUnix);
        if (der.size() > kSignatureReserve)
            throw SigningError("the signature (" + std::to_string(der.size()) + " bytes) exceeds the " +
                               std::to_string(kSignatureReserve) + " bytes reserved");
        signer.SetSignature(PdfData(der.data(), der.size()));
        signer.Flush();
        return std::string(buffer.GetBuffer(), memory.GetLength());
    } catch (const PdfError& error) {
        throw SigningError(std::string("cannot sign the PDF: ") + PdfError::ErrorMessage(error.GetError()));
    }
}

}  // namespace fd::pdf
