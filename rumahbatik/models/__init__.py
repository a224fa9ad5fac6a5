"""All models, imported here so ``Base.metadata`` knows every table."""

from rumahbatik.models.audit import AuditEntry
from rumahbatik.models.base import Base
from rumahbatik.models.motifs import (
    Motif,
    MotifCoDesigner,
    MotifColour,
    MotifImage,
    MotifTechnique,
    MotifVersion,
)
from rumahbatik.models.people import (
    ArtisanProfile,
    ArtisanSkill,
    CustomerProfile,
    Person,
    Region,
    Supplier,
)
from rumahbatik.models.production import (
    BatchMaterial,
    BatchStage,
    BatchStageArtisan,
    ProductionBatch,
    RecipeMaterial,
    RecipeStage,
    WageEntry,
    WagePayment,
)
from rumahbatik.models.settings import SettingValue
from rumahbatik.models.stock import (
    Item,
    Location,
    StockBalance,
    StockCount,
    StockCountLine,
    StockDocument,
    StockMove,
)
from rumahbatik.models.training import (
    Attendance,
    Certificate,
    Cohort,
    CohortInstructor,
    Competency,
    CompetencyScore,
    Course,
    Enrollment,
    NumberSeries,
)
from rumahbatik.models.users import User

__all__ = [
    "BatchMaterial",
    "BatchStage",
    "BatchStageArtisan",
    "Item",
    "Location",
    "ProductionBatch",
    "RecipeMaterial",
    "RecipeStage",
    "StockBalance",
    "StockCount",
    "StockCountLine",
    "StockDocument",
    "StockMove",
    "WageEntry",
    "WagePayment",
    "Attendance",
    "Certificate",
    "Cohort",
    "CohortInstructor",
    "Competency",
    "CompetencyScore",
    "Course",
    "Enrollment",
    "NumberSeries",
    "ArtisanProfile",
    "ArtisanSkill",
    "AuditEntry",
    "Base",
    "CustomerProfile",
    "Motif",
    "MotifCoDesigner",
    "MotifColour",
    "MotifImage",
    "MotifTechnique",
    "MotifVersion",
    "Person",
    "Region",
    "SettingValue",
    "Supplier",
    "User",
]
