"""tmx2po on translate-toolkit: load a TMX with the toolkit's own reader and write it as PO.

translate-toolkit (Debian 3.8) ships po2tmx but no tmx2po command; its TMX storage class is what
any toolkit-based tool (Pootle, Weblate) reads TMX with, so this is the interoperability check.
"""
import sys

from translate.storage import factory, po

tmx = factory.getobject(sys.argv[1])
catalog = po.pofile()
for unit in tmx.units:
    entry = catalog.addsourceunit(unit.source)
    entry.target = unit.target
    entry.addlocation(unit.getid() or "")
with open(sys.argv[2], "wb") as out:
    out.write(bytes(catalog))
print(len(tmx.units))
