// Digital signatures for PDF files: a PKCS#7 detached signature (SubFilter adbe.pkcs7.detached)
// made with the key and certificate of a PKCS#12 file, over the whole file (the document is
// written again with an invisible signature field; its content is unchanged).
//
// Reproducible: the signing time is given (not read from the clock), in the signature
// dictionary and its widget (/M) and in the PKCS#7 signed attributes, so signing the same bytes
// with the same RSA key gives the same file. (ECDSA signatures contain a random number: with such a key each
// signing gives different bytes, all valid.)
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace fd::pdf {

class SigningError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The private key, its certificate and the chain read from a PKCS#12 file. Immutable once
// loaded: one identity may sign from several threads at once.
class SigningIdentity {
public:
    // Throws SigningError when the file cannot be read or decrypted with `password`, or holds
    // no key or no certificate.
    static SigningIdentity load(const std::string& p12Path, const std::string& password);
    ~SigningIdentity();
    SigningIdentity(SigningIdentity&&) noexcept;
    SigningIdentity& operator=(SigningIdentity&&) noexcept;

    // The certificate subject's common name (or its whole subject when it has none).
    const std::string& signerName() const;
    // Lower-case hex SHA-256 of the certificate (DER): changes when another certificate signs.
    const std::string& certificateSha256() const;

    struct Impl;   // OpenSSL objects (signing.cpp)
    const Impl& impl() const { return *impl_; }

private:
    explicit SigningIdentity(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// What the signature dictionary says besides the signature itself.
struct SignatureDetails {
    int64_t signingTimeUnix = 0;   // /M and the PKCS#7 signingTime attribute
    std::string reason;            // UTF-8, e.g. "Issue of certificate HFA-2026-00012"
    std::string location;          // UTF-8, e.g. "Nantes"; may be empty
};

// Space reserved in the file for the DER-encoded PKCS#7 (certificate chain included).
constexpr size_t kSignatureReserve = 8192;

// The bytes of `pdf` with an invisible signature field on the first page, signed. Throws
// SigningError (not a PDF, no page, signature larger than kSignatureReserve, OpenSSL failure).
std::string signPdf(const std::string& pdf, const SigningIdentity& identity, const SignatureDetails& details);

}  // namespace fd::pdf
