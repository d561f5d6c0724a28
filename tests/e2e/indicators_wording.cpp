#include "indicators_wording.h"

#include <stdexcept>

namespace fd::e2e {

namespace {

// CLDR's "one" category: 0 and 1 in French, exactly 1 in English and European Portuguese.
std::string counted(const std::string& lang, long n, const std::string& one, const std::string& other) {
    const bool isOne = lang == "fr" ? n <= 1 : n == 1;
    return std::to_string(n) + " " + (isOne ? one : other);
}

std::string label(const std::string& lang, Figure figure) {
    static const char* const fr[] = {"Taux de satisfaction", "Taux de réponse à l’enquête de satisfaction",
                                     "Taux d’achèvement", "Taux d’abandon", "Taux de réussite (objectifs atteints)",
                                     "Taux d’obtention de la certification (candidats présentés)"};
    static const char* const pt[] = {"Taxa de satisfação", "Taxa de resposta ao questionário de satisfação",
                                     "Taxa de conclusão", "Taxa de desistência", "Taxa de sucesso (objetivos atingidos)",
                                     "Taxa de certificação (candidatos apresentados)"};
    static const char* const en[] = {"Satisfaction rate", "Survey response rate", "Completion rate", "Drop-out rate",
                                     "Success rate (objectives reached)",
                                     "Certification rate (of candidates presented)"};
    const auto i = static_cast<size_t>(figure);
    return lang == "fr" ? fr[i] : lang == "pt" ? pt[i] : en[i];
}

std::string frenchFraction(Figure figure, long n, long d) {
    const std::string l = "fr";
    switch (figure) {
        case Figure::Satisfaction:
            return counted(l, n, "satisfait ou très satisfait", "satisfaits ou très satisfaits") + " sur " +
                   counted(l, d, "répondant", "répondants");
        case Figure::Response:
            return counted(l, n, "répondant", "répondants") + " sur " +
                   counted(l, d, "stagiaire ayant terminé", "stagiaires ayant terminé");
        case Figure::Completion:
            return counted(l, n, "a terminé", "ont terminé") + " sur " +
                   counted(l, d, "stagiaire entré", "stagiaires entrés") + " en formation";
        case Figure::Abandon:
            return counted(l, n, "abandon", "abandons") + " sur " +
                   counted(l, d, "stagiaire entré", "stagiaires entrés") + " en formation";
        case Figure::Success:
            return counted(l, n, "a atteint les objectifs", "ont atteint les objectifs") + " sur " +
                   counted(l, d, "stagiaire évalué", "stagiaires évalués");
        case Figure::Certification:
            return counted(l, n, "certifié", "certifiés") + " (en totalité ou par blocs) sur " +
                   counted(l, d, "candidat présenté", "candidats présentés");
    }
    throw std::logic_error("figure");
}

std::string portugueseFraction(Figure figure, long n, long d) {
    const std::string l = "pt";
    switch (figure) {
        case Figure::Satisfaction:
            return counted(l, n, "satisfeito ou muito satisfeito", "satisfeitos ou muito satisfeitos") + " em " +
                   counted(l, d, "respondente", "respondentes");
        case Figure::Response:
            return counted(l, n, "respondente", "respondentes") + " em " +
                   counted(l, d, "formando que terminou", "formandos que terminaram");
        case Figure::Completion:
            return counted(l, n, "terminou", "terminaram") + " em " +
                   counted(l, d, "formando que iniciou", "formandos que iniciaram");
        case Figure::Abandon:
            return counted(l, n, "desistência", "desistências") + " em " +
                   counted(l, d, "formando que iniciou", "formandos que iniciaram");
        case Figure::Success:
            return counted(l, n, "atingiu os objetivos", "atingiram os objetivos") + " em " +
                   counted(l, d, "formando avaliado", "formandos avaliados");
        case Figure::Certification:
            return counted(l, n, "certificado", "certificados") + " (total ou parcialmente) em " +
                   counted(l, d, "candidato apresentado", "candidatos apresentados");
    }
    throw std::logic_error("figure");
}

std::string englishFraction(Figure figure, long n, long d) {
    const std::string l = "en", number = std::to_string(n);
    switch (figure) {
        case Figure::Satisfaction:
            return number + " satisfied or very satisfied out of " + counted(l, d, "respondent", "respondents");
        case Figure::Response:
            return counted(l, n, "respondent", "respondents") + " out of " +
                   counted(l, d, "trainee who finished", "trainees who finished");
        case Figure::Completion:
            return number + " finished out of " + counted(l, d, "trainee who started", "trainees who started");
        case Figure::Abandon:
            return number + " dropped out of " + counted(l, d, "trainee who started", "trainees who started");
        case Figure::Success:
            return number + " reached the objectives out of " + counted(l, d, "trainee assessed", "trainees assessed");
        case Figure::Certification:
            return number + " certified (in full or by blocks) out of " +
                   counted(l, d, "candidate presented", "candidates presented");
    }
    throw std::logic_error("figure");
}

}  // namespace

std::string referenceYearLine(const std::string& lang, int year) {
    const std::string y = std::to_string(year);
    if (lang == "fr") return "Période de référence : Année " + y;
    if (lang == "pt") return "Período de referência: Ano " + y;
    return "Reference period: Year " + y;
}

std::string calculatedOn21November2026(const std::string& lang) {
    if (lang == "fr") return "Calculé le 21 novembre 2026";
    if (lang == "pt") return "Calculado em 21 de novembro de 2026";
    return "Calculated on 21 November 2026";
}

std::string percentText(const std::string& lang, long percent) {
    return std::to_string(percent) + (lang == "fr" ? " %" : "%");
}

std::string notSignificantText(const std::string& lang, long n) {
    const std::string sample = " (n = " + std::to_string(n) + ")";
    if (lang == "fr") return "non significatif" + sample;
    if (lang == "pt") return "não significativa" + sample;
    return "not significant" + sample;
}

std::string noDataText(const std::string& lang) {
    return lang == "fr" ? "aucune donnée" : lang == "pt" ? "sem dados" : "no data";
}

std::string figureRow(const std::string& lang, Figure figure, const ExpectedRate& rate, long threshold) {
    const std::string reading = rate.denominator == 0         ? noDataText(lang)
                                : rate.denominator < threshold ? notSignificantText(lang, rate.denominator)
                                                               : percentText(lang, rate.roundedPercent());
    const long n = rate.numerator, d = rate.denominator;
    const std::string fraction = lang == "fr"   ? frenchFraction(figure, n, d)
                                 : lang == "pt" ? portugueseFraction(figure, n, d)
                                                : englishFraction(figure, n, d);
    return label(lang, figure) + " " + reading + " " + fraction;
}

}  // namespace fd::e2e
