#!/usr/bin/env python3
"""Generates src/main/resources/passwords/common-passwords-fr.txt: the bare words, and the passwords
of 12 characters or more made of them, that French users, and the staff of a local authority, commonly choose: common French words,
first names, cities, football clubs, keyboard walks (AZERTY too) and the words of the job, followed by
the usual years, digits and signs. Lowercase, one a line, sorted. Run: python3 tools/french-passwords.py
"""
import itertools, pathlib

words = """motdepasse motdepass mdp password passwort bonjour bonsoir salut coucou soleil amour jetaime
jetaimebeaucoup tamere chouchou doudou loulou bisous bisounours princesse cheval chocolat vacances
liberte egalite fraternite marseille paris lyon toulouse bordeaux nantes lille strasbourg montpellier
rennes nice grenoble toulon dijon angers reims brest limoges clermont perpignan lorraine bretagne
normandie provence alsace corse france republique francais francaise olympique psg omarseille
allezlom allezparis football rugby tennis basket nicolas camille julien thomas pierre alexandre
antoine maxime kevin sebastien guillaume stephanie nathalie isabelle sandrine sophie celine aurelie
julie marie laura manon chloe emma lucas hugo louis gabriel leo jules arthur raphael adam nathan
enzo mathis quentin romain vincent florian jeremy jerome frederic christophe philippe patrick michel
alain bernard daniel christian jeanne monique catherine sylvie valerie veronique francoise martine
nicole brigitte chantal azerty azertyuiop azertyuiopqsd qsdfghjklm wxcvbn azerty123 qwerty qwertyuiop
administrateur administration admin recueil rapport rapportdactivite departement prefecture mairie
region conseil collectivite commune communaute agglomeration metropole service direction directeur
directrice secretaire secretariat comptabilite budget finances ressources humaines evaluation
communication dircom demo relecture bienvenue welcome changeme changezmoi nouveau nouveaumotdepasse
temporaire provisoire utilisateur user invite test testtest essai janvier fevrier mars avril mai
juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi
dimanche printemps ete automne hiver noel paques toussaint""".split()
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "?", "*", ".", "@", "#", "$",
            "01", "06", "13", "31", "33", "59", "69", "75", "2020", "2021", "2022", "2023", "2024",
            "2025", "2026", "2027", "123!", "1234!", "2024!", "2025!", "2026!", "@2024", "@2025", "@2026"]
prefixes = ["", "mon", "ma"]
out = set()
for prefix, word, suffix in itertools.product(prefixes, words, suffixes):
    candidate = prefix + word + suffix
    if len(candidate) >= 12:
        out.add(candidate)
for a, b in itertools.product(["jetaime", "bonjour", "soleil", "azerty", "motdepasse", "recueil", "admin"],
                              ["monamour", "toutlemonde", "azerty", "soleil", "paris", "france", "mairie"]):
    if a != b and len(a + b) >= 12:
        out.add(a + b)
for keys in ["azertyuiop", "qsdfghjklm", "wxcvbn", "aqwzsxedc", "azeqsdwxc", "1234567890", "0123456789",
             "123456789", "987654321", "147258369", "123123123", "741852963", "a1z2e3r4t5y6", "1a2z3e4r5t6y"]:
    for suffix in ["", "!", "123", "azerty", "qsdf", "0"]:
        if len(keys + suffix) >= 12:
            out.add(keys + suffix)
# The bare words too: a password that is one of them with digits or signs around it is refused.
out.update(w for w in words if len(w) >= 4)
for c in "abcdefghijklmnopqrstuvwxyz0123456789":
    out.add(c * 12)
target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/passwords/common-passwords-fr.txt"
target.write_text("\n".join(sorted(out)) + "\n", encoding="utf-8")
print(len(out), "passwords written to", target)
